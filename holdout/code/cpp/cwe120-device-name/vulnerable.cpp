#include <cstring>
#include <string>

class Device {
public:
    explicit Device(int id) : id_(id) { name_[0] = '\0'; }

    // Called with the name field of a USB descriptor as reported by the device.
    void setName(const char *reported) { std::strcpy(name_, reported); }

    std::string label() const { return std::to_string(id_) + ":" + name_; }

private:
    int id_;
    char name_[32];
};

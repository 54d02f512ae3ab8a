// Device model of the inventory agent; serialised into a packed record for the legacy collector.
#include <cstdint>
#include <cstring>
#include <iostream>
#include <string>

namespace inventory {

#pragma pack(push, 1)
struct LegacyRecord {
    uint32_t id;
    char label[32];
    char location[48];
    uint16_t rack_unit;
};
#pragma pack(pop)

class Device {
public:
    explicit Device(uint32_t id) : id_(id) {
        std::memset(label_, 0, sizeof(label_));
        std::memset(location_, 0, sizeof(location_));
    }

    // Labels are edited by operators in the web console.
    void set_label(const std::string& label) { std::strcpy(label_, label.c_str()); }

    void set_location(const std::string& loc, uint16_t rack_unit) {
        std::strncpy(location_, loc.c_str(), sizeof(location_) - 1);
        rack_unit_ = rack_unit;
    }

    LegacyRecord to_record() const {
        LegacyRecord r{};
        r.id = id_;
        std::memcpy(r.label, label_, sizeof(r.label));
        std::memcpy(r.location, location_, sizeof(r.location));
        r.rack_unit = rack_unit_;
        return r;
    }

    void print(std::ostream& os) const {
        os << id_ << ' ' << label_ << " @ " << location_ << " U" << rack_unit_ << '\n';
    }

private:
    uint32_t id_;
    char label_[32];
    char location_[48];
    uint16_t rack_unit_ = 0;
};

}  // namespace inventory

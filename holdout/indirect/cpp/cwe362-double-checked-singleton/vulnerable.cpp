#include <map>
#include <mutex>
#include <string>

class Registry {
public:
    static Registry *instance()
    {
        if (instance_ == nullptr) {
            std::lock_guard<std::mutex> lock(mutex_);
            if (instance_ == nullptr) instance_ = new Registry();
        }
        return instance_;
    }

    std::map<std::string, int> values;

private:
    Registry() = default;
    static Registry *instance_;
    static std::mutex mutex_;
};

Registry *Registry::instance_ = nullptr;
std::mutex Registry::mutex_;

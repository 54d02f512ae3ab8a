#include <map>
#include <mutex>
#include <string>

class Registry {
public:
    static Registry *instance()
    {
        static Registry registry;
        return &registry;
    }

    std::map<std::string, int> values;

private:
    Registry() = default;
};

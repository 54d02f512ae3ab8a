// Task: Config::get(key) returns the value for a key of an INI-like config,
// and Config::load() fills the table from text. The caller keeps the returned
// values while the config object lives.
#include <map>
#include <sstream>
#include <string>
#include <string_view>

class Config {
public:
    void load(const std::string& text) {
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            auto eq = line.find('=');
            if (eq == std::string::npos)
                continue;
            std::string key = line.substr(0, eq);
            std::string value = line.substr(eq + 1);
            values_[key] = std::string_view(value);
        }
    }

    std::string_view get(const std::string& key) const {
        auto it = values_.find(key);
        return it == values_.end() ? std::string_view() : it->second;
    }

private:
    std::map<std::string, std::string_view> values_;
};

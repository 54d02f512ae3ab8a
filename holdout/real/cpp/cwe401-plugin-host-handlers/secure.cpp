// Plugin host of the log shipper: each plugin registers handlers for record types.
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace shipper {

struct Record {
    std::string type;
    std::string body;
};

class Handler {
public:
    virtual ~Handler() = default;
    virtual void handle(const Record& r) = 0;
};

class Plugin {
public:
    virtual ~Plugin() = default;
    virtual std::string name() const = 0;
    virtual std::vector<std::pair<std::string, Handler*>> make_handlers() = 0;
};

class Host {
public:
    ~Host() { handlers_.clear(); }

    // Called again on every configuration reload.
    void load(Plugin& plugin) {
        for (auto& [type, handler] : plugin.make_handlers()) {
            std::clog << plugin.name() << " handles " << type << '\n';
            handlers_[type].emplace_back(handler);
        }
    }

    void reload(const std::vector<Plugin*>& plugins) {
        handlers_.clear();
        for (Plugin* p : plugins) load(*p);
    }

    void dispatch(const Record& r) {
        auto it = handlers_.find(r.type);
        if (it == handlers_.end()) return;
        for (auto& h : it->second) h->handle(r);
    }

private:
    std::map<std::string, std::vector<std::unique_ptr<Handler>>> handlers_;
};

}  // namespace shipper

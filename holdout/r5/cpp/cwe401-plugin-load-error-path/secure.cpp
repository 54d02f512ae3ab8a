// Task: PluginHost::loadAll(dir) creates a Plugin for every manifest in the
// directory and keeps the ones whose init() succeeds. Plugins are owned by the host
// (raw pointers kept in plugins_, deleted in the destructor).
#include <filesystem>
#include <string>
#include <vector>

class Plugin {
public:
    explicit Plugin(std::string manifest) : manifest_(std::move(manifest)) {}
    virtual ~Plugin() = default;
    bool init();

private:
    std::string manifest_;
    std::vector<char> state_ = std::vector<char>(1 << 20);
};

class PluginHost {
public:
    ~PluginHost() {
        for (Plugin* p : plugins_)
            delete p;
    }

    std::size_t loadAll(const std::filesystem::path& dir) {
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().extension() != ".manifest")
                continue;
            Plugin* plugin = new Plugin(entry.path().string());
            if (!plugin->init()) {
                delete plugin;
                continue;
            }
            plugins_.push_back(plugin);
        }
        return plugins_.size();
    }

private:
    std::vector<Plugin*> plugins_;
};

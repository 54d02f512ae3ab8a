#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

struct Texture;
std::shared_ptr<Texture> load_texture(const std::string &path);

class TextureCache {
public:
    std::shared_ptr<Texture> get(const std::string &path)
    {
        {
            std::shared_lock lock(mutex_);
            auto it = cache_.find(path);
            if (it != cache_.end()) return it->second;
        }
        auto tex = load_texture(path);
        cache_[path] = tex;
        return tex;
    }

private:
    std::shared_mutex mutex_;
    std::unordered_map<std::string, std::shared_ptr<Texture>> cache_;
};

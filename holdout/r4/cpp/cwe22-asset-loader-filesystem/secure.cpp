#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;

// Loads game assets (textures, sounds, scripts) requested by mods.
class AssetStore {
public:
    explicit AssetStore(const fs::path& root) : root_(fs::weakly_canonical(root)) {}

    // Read an asset by its relative name, e.g. "textures/grass.png".
    std::optional<std::vector<char>> load(const std::string& name) const {
        fs::path path = fs::weakly_canonical(root_ / name);
        // The resolved path must still lie under the asset root
        auto rel = path.lexically_relative(root_);
        if (rel.empty() || *rel.begin() == "..")
            return std::nullopt;
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return std::nullopt;
        return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

private:
    fs::path root_;
};

// Shader cache: compiled programs keyed by source hash and the active define set.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gfx {

struct Program {
    uint32_t handle = 0;
};

std::unique_ptr<Program> compile_program(std::string_view source, const std::vector<std::string>& defines);

class ShaderCache {
public:
    const Program* get(std::string_view source, const std::vector<std::string>& defines) {
        std::string_view key = make_key(source, defines);
        auto it = programs_.find(std::string(key));
        if (it != programs_.end()) return it->second.get();
        auto program = compile_program(source, defines);
        const Program* raw = program.get();
        programs_.emplace(std::string(key), std::move(program));
        return raw;
    }

    void clear() { programs_.clear(); }
    std::size_t size() const { return programs_.size(); }

private:
    static std::string make_key(std::string_view source, const std::vector<std::string>& defines) {
        std::string key = std::to_string(std::hash<std::string_view>{}(source));
        for (const auto& d : defines) {
            key += '|';
            key += d;
        }
        return key;
    }

    std::unordered_map<std::string, std::unique_ptr<Program>> programs_;
};

}  // namespace gfx

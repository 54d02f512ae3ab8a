#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

class TemplateStore {
public:
    explicit TemplateStore(fs::path root) : root_(fs::weakly_canonical(std::move(root))) {}

    // name comes from the "template" field of a rendering job.
    std::string load(const std::string &name) const
    {
        fs::path file = fs::weakly_canonical(root_ / name);
        auto [rootEnd, fileIt] = std::mismatch(root_.begin(), root_.end(), file.begin(), file.end());
        if (rootEnd != root_.end()) return {};
        std::ifstream in(file);
        if (!in) return {};
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }

private:
    fs::path root_;
};

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

class TemplateStore {
public:
    explicit TemplateStore(fs::path root) : root_(std::move(root)) {}

    // name comes from the "template" field of a rendering job.
    std::string load(const std::string &name) const
    {
        fs::path file = root_ / name;
        std::ifstream in(file);
        if (!in) return {};
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }

private:
    fs::path root_;
};

// Static asset handler of the embedded HTTP server (serves the single-page app).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>

namespace web {

namespace fs = std::filesystem;

struct Response {
    int status = 404;
    std::string content_type = "text/plain";
    std::string body;
};

static const std::unordered_map<std::string, std::string> kTypes = {
    {".html", "text/html"}, {".js", "application/javascript"}, {".css", "text/css"},
    {".svg", "image/svg+xml"}, {".png", "image/png"}, {".json", "application/json"},
};

class AssetHandler {
public:
    explicit AssetHandler(fs::path root) : root_(fs::canonical(root)) {}

    // url_path is the decoded request path, e.g. "/static/app.js".
    Response serve(const std::string& url_path) const {
        std::string rel = url_path;
        while (!rel.empty() && rel.front() == '/') rel.erase(0, 1);
        if (rel.empty()) rel = "index.html";
        fs::path target = root_ / rel;
        return read(target);
    }

private:
    static Response read(const fs::path& p) {
        Response r;
        std::ifstream in(p, std::ios::binary);
        if (!in) return r;
        r.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        auto it = kTypes.find(p.extension().string());
        r.content_type = it != kTypes.end() ? it->second : "application/octet-stream";
        r.status = 200;
        return r;
    }

    fs::path root_;
};

}  // namespace web

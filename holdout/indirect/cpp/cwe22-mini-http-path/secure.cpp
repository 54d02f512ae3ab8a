#include <fstream>
#include <sstream>
#include <string>

class StaticHandler {
public:
    explicit StaticHandler(std::string docroot) : docroot_(std::move(docroot)) {}

    // target is the request target of the HTTP request line, e.g. "/css/site.css".
    bool serve(const std::string &target, std::string &body) const
    {
        if (target.empty() || target[0] != '/' || target.find("..") != std::string::npos ||
            target.find('\\') != std::string::npos || target.find('\0') != std::string::npos)
            return false;
        std::ifstream in(docroot_ + target, std::ios::binary);
        if (!in) return false;
        std::ostringstream ss;
        ss << in.rdbuf();
        body = ss.str();
        return true;
    }

private:
    std::string docroot_;
};

#include <cstdio>
#include <string>

struct HttpRequestLine {
    char method[8];
    char target[256];
    int minor = 0;
};

bool parse_request_line(const std::string &line, HttpRequestLine &out)
{
    return std::sscanf(line.c_str(), "%7s %255s HTTP/1.%d", out.method, out.target, &out.minor) == 3;
}

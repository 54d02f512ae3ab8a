#include <cstdio>
#include <string>

static std::string qualified(const std::string &ns, const std::string &name)
{
    return ns + "::" + name;
}

class SymbolTable {
public:
    std::string lookupKey(const std::string &ns, const std::string &name) const
    {
        std::string key = qualified(ns, name);
        std::printf("lookup %s\n", key.c_str());
        return key;
    }
};

#include <cstdio>
#include <string>

static std::string qualified(const std::string &ns, const std::string &name)
{
    return ns + "::" + name;
}

class SymbolTable {
public:
    const char *lookupKey(const std::string &ns, const std::string &name) const
    {
        const char *key = qualified(ns, name).c_str();
        std::printf("lookup %s\n", key);
        return key;
    }
};

#include <string>

// Joins a directory from the sync manifest with a file name.
std::string join_path(const std::string &dir, const std::string &file)
{
    if (dir.empty()) return file;
    if (dir.back() == '/') return dir + file;
    return dir + "/" + file;
}

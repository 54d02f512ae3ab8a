#include <iostream>
#include <string>
#include <string_view>

class Channel {
public:
    explicit Channel(std::string name) : name_(std::move(name)) {}
    std::string_view name() const { return name_; }
    void rename(std::string next) { name_ = std::move(next); }

private:
    std::string name_;
};

// Applies a rename requested by a moderator and announces it.
void apply_rename(Channel &ch, const std::string &requested)
{
    std::string old(ch.name());
    ch.rename(requested);
    std::cout << "#" << old << " is now #" << ch.name() << "\n";
}

// Task: notifyOwner(repo, message) sends a message to the e-mail address of the
// repository's owner. Directory::find returns nullptr for deleted accounts.
#include <string>
#include <unordered_map>

struct User {
    std::string login;
    std::string email;
};

class Directory {
public:
    const User* find(const std::string& login) const {
        auto it = users_.find(login);
        return it == users_.end() ? nullptr : &it->second;
    }
    void add(User u) { users_[u.login] = std::move(u); }

private:
    std::unordered_map<std::string, User> users_;
};

struct Repo {
    std::string name;
    std::string ownerLogin;
};

void sendMail(const std::string& to, const std::string& body);

bool notifyOwner(const Directory& dir, const Repo& repo, const std::string& message) {
    const User* owner = dir.find(repo.ownerLogin);
    if (owner == nullptr || owner->email.empty())
        return false;
    sendMail(owner->email, "[" + repo.name + "] " + message);
    return true;
}

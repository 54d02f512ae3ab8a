#include <chrono>
#include <string>
#include <unordered_map>

struct Session {
    std::string user;
    std::chrono::steady_clock::time_point lastSeen;
    void touch() { lastSeen = std::chrono::steady_clock::now(); }
};

class SessionRegistry {
public:
    Session *lookup(const std::string &id)
    {
        auto it = sessions_.find(id);
        return it == sessions_.end() ? nullptr : &it->second;
    }

    // Called for every request with the id from the session cookie.
    std::string userFor(const std::string &cookieId)
    {
        Session *s = lookup(cookieId);
        if (s == nullptr) return {};
        s->touch();
        return s->user;
    }

private:
    std::unordered_map<std::string, Session> sessions_;
};

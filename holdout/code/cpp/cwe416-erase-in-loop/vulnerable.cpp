#include <chrono>
#include <string>
#include <vector>

struct Subscription {
    std::string topic;
    std::chrono::steady_clock::time_point expires;
};

class Broker {
public:
    void expire(std::chrono::steady_clock::time_point now)
    {
        for (auto it = subs_.begin(); it != subs_.end(); ++it) {
            if (it->expires <= now) {
                subs_.erase(it);
            }
        }
    }

    void add(Subscription s) { subs_.push_back(std::move(s)); }

private:
    std::vector<Subscription> subs_;
};

// Subscription registry of the market-data fan-out service.
#include <chrono>
#include <cstdint>
#include <functional>
#include <iostream>
#include <map>
#include <string>

namespace feed {

using Clock = std::chrono::steady_clock;

struct Subscription {
    std::string symbol;
    std::function<void(double)> on_price;
    Clock::time_point last_ack;
};

class Registry {
public:
    uint64_t add(std::string symbol, std::function<void(double)> cb) {
        const uint64_t id = next_id_++;
        subs_.emplace(id, Subscription{std::move(symbol), std::move(cb), Clock::now()});
        return id;
    }

    void ack(uint64_t id) {
        auto it = subs_.find(id);
        if (it != subs_.end()) it->second.last_ack = Clock::now();
    }

    void publish(const std::string& symbol, double price) {
        for (auto& [id, sub] : subs_)
            if (sub.symbol == symbol) sub.on_price(price);
    }

    // Drops subscribers that have not acknowledged within the timeout.
    std::size_t expire(std::chrono::seconds timeout) {
        const auto now = Clock::now();
        std::size_t dropped = 0;
        for (auto it = subs_.begin(); it != subs_.end(); ++it) {
            if (now - it->second.last_ack > timeout) {
                std::clog << "expiring subscription " << it->first << " (" << it->second.symbol << ")\n";
                subs_.erase(it);
                ++dropped;
            }
        }
        return dropped;
    }

    std::size_t size() const { return subs_.size(); }

private:
    std::map<uint64_t, Subscription> subs_;
    uint64_t next_id_ = 1;
};

}  // namespace feed

#include <chrono>
#include <iostream>
#include <map>
#include <string>

using Clock = std::chrono::steady_clock;

// Keeps the last time each client was seen and drops idle ones.
class ClientRegistry {
public:
    void touch(const std::string& client_id) { last_seen_[client_id] = Clock::now(); }

    // Remove clients that have been idle for longer than `timeout`.
    // Returns how many were removed.
    std::size_t evict_idle(std::chrono::seconds timeout) {
        const auto now = Clock::now();
        std::size_t removed = 0;
        for (auto it = last_seen_.begin(); it != last_seen_.end();) {
            if (now - it->second > timeout) {
                std::cout << "evicting " << it->first << "\n";
                it = last_seen_.erase(it);
                ++removed;
            } else {
                ++it;
            }
        }
        return removed;
    }

    std::size_t size() const { return last_seen_.size(); }

private:
    std::map<std::string, Clock::time_point> last_seen_;
};

int main() {
    ClientRegistry registry;
    registry.touch("sensor-1");
    registry.touch("sensor-2");
    registry.touch("sensor-3");
    // A zero timeout makes every client idle, which exercises the eviction path
    std::size_t n = registry.evict_idle(std::chrono::seconds(0));
    std::cout << n << " evicted, " << registry.size() << " left\n";
    return 0;
}

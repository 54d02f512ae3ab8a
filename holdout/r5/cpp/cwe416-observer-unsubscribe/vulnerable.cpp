// Event bus for the editor's plugin system.
//
// Plugins subscribe a callback for an event name. A callback may call
// unsubscribe() on its own handle while the event is being emitted (one-shot
// listeners do this). Implement emit().
#include <functional>
#include <list>
#include <map>
#include <string>

class EventBus {
public:
    using Callback = std::function<void(const std::string&)>;
    struct Handle {
        std::string event;
        std::list<Callback>::iterator it;
    };

    Handle subscribe(const std::string& event, Callback cb) {
        auto& list = listeners_[event];
        list.push_back(std::move(cb));
        return Handle{event, std::prev(list.end())};
    }

    void unsubscribe(const Handle& h) {
        listeners_[h.event].erase(h.it);
    }

    void emit(const std::string& event, const std::string& payload) {
        auto found = listeners_.find(event);
        if (found == listeners_.end())
            return;
        auto& list = found->second;
        for (auto it = list.begin(); it != list.end(); ++it)
            (*it)(payload);
    }

private:
    std::map<std::string, std::list<Callback>> listeners_;
};

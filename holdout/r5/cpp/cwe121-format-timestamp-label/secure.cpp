// Task: labelFor(event) returns "<HH:MM:SS> <source>: <title>" for the timeline
// widget. Titles and sources come from the monitored services.
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

struct Event {
    std::time_t when;
    std::string source;
    std::string title;
};

std::string labelFor(const Event& event) {
    char label[96];
    char clock[16];
    std::tm parts{};
    localtime_r(&event.when, &parts);
    std::strftime(clock, sizeof clock, "%H:%M:%S", &parts);
    std::snprintf(label, sizeof label, "%s %.20s: %s", clock, event.source.c_str(), event.title.c_str());
    return label;
}

// --- timeline model used by the widget ----------------------------------------

enum class Severity { Info, Warning, Error };

struct TimelineEntry {
    Event event;
    Severity severity;
    std::string label;
};

class Timeline {
public:
    explicit Timeline(std::size_t capacity) : capacity_(capacity) {}

    void push(const Event& event, Severity severity) {
        if (entries_.size() == capacity_)
            entries_.erase(entries_.begin());
        entries_.push_back(TimelineEntry{event, severity, labelFor(event)});
    }

    std::vector<const TimelineEntry*> filter(Severity minimum) const {
        std::vector<const TimelineEntry*> out;
        for (const auto& e : entries_)
            if (static_cast<int>(e.severity) >= static_cast<int>(minimum))
                out.push_back(&e);
        return out;
    }

    std::string render(Severity minimum) const {
        std::string text;
        for (const TimelineEntry* e : filter(minimum)) {
            text += marker(e->severity);
            text += ' ';
            text += e->label;
            text += '\n';
        }
        return text;
    }

private:
    static char marker(Severity s) {
        switch (s) {
        case Severity::Info: return ' ';
        case Severity::Warning: return '!';
        case Severity::Error: return 'X';
        }
        return '?';
    }

    std::size_t capacity_;
    std::vector<TimelineEntry> entries_;
};

int main() {
    Timeline timeline(100);
    timeline.push(Event{std::time(nullptr), "billing", "invoice run finished"}, Severity::Info);
    timeline.push(Event{std::time(nullptr), "db-replica-2", "replication lag above 30s"}, Severity::Warning);
    std::fputs(timeline.render(Severity::Info).c_str(), stdout);
    return 0;
}

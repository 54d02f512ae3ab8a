// Task: labelFor(event) returns "<HH:MM:SS> <source>: <title>" for the timeline
// widget. Titles and sources come from the monitored services.
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

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

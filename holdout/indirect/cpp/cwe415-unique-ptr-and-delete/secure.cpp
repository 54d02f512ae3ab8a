#include <memory>
#include <string>

struct Job {
    std::string name;
    int priority = 0;
};

class Scheduler {
public:
    void submit(Job *job);
};

void enqueue_report(Scheduler &s, const std::string &name)
{
    auto guard = std::make_unique<Job>(Job{name, 5});
    if (name.empty()) {
        return;
    }
    s.submit(guard.release());
}

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
    Job *job = new Job{name, 5};
    std::unique_ptr<Job> guard(job);
    if (name.empty()) {
        delete job;
        return;
    }
    s.submit(guard.release());
}

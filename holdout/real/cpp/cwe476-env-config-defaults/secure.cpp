// Runtime configuration of the worker, read from the environment at start-up.
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

namespace worker {

struct Config {
    std::string queue_url;
    std::string region;
    unsigned threads = 1;
    bool verbose = false;
};

static unsigned parse_threads(const char* value) {
    if (!value || !*value) return std::thread::hardware_concurrency();
    char* end = nullptr;
    unsigned long n = std::strtoul(value, &end, 10);
    if (*end != '\0' || n == 0 || n > 256) {
        std::cerr << "WORKER_THREADS=" << value << " ignored\n";
        return std::thread::hardware_concurrency();
    }
    return static_cast<unsigned>(n);
}

Config load_config() {
    Config cfg;
    const char* url = std::getenv("WORKER_QUEUE_URL");
    if (!url) throw std::runtime_error("WORKER_QUEUE_URL is required");
    cfg.queue_url = url;
    const char* region = std::getenv("WORKER_REGION");
    cfg.region = region ? region : "eu-west-1";
    cfg.threads = parse_threads(std::getenv("WORKER_THREADS"));
    const char* verbose = std::getenv("WORKER_VERBOSE");
    cfg.verbose = verbose && std::string(verbose) == "1";
    return cfg;
}

void print_config(const Config& cfg) {
    std::clog << "queue=" << cfg.queue_url << " region=" << cfg.region
              << " threads=" << cfg.threads << (cfg.verbose ? " verbose" : "") << '\n';
}

}  // namespace worker

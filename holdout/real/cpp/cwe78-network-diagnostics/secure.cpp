// Diagnostics page of the router's management daemon: ping/traceroute on behalf of the admin UI.
#include <array>
#include <cctype>
#include <cstdio>
#include <memory>
#include <string>

namespace mgmt {

struct DiagResult {
    int exit_code = -1;
    std::string output;
};

static DiagResult run_capture(const std::string& cmd) {
    DiagResult r;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe) return r;
    std::array<char, 512> buf{};
    while (fgets(buf.data(), buf.size(), pipe.get())) r.output += buf.data();
    r.exit_code = pclose(pipe.release());
    return r;
}

static bool valid_count(int count) { return count > 0 && count <= 20; }

// Host names and IPv4/IPv6 literals only.
static bool valid_target(const std::string& t) {
    if (t.size() > 253 || t.front() == '-') return false;
    for (char c : t)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != ':') return false;
    return true;
}

// target is whatever the admin typed in the "Host" field.
DiagResult ping(const std::string& target, int count) {
    if (target.empty() || !valid_target(target) || !valid_count(count)) return {};
    const std::string cmd = "ping -c " + std::to_string(count) + " -W 2 " + target + " 2>&1";
    return run_capture(cmd);
}

DiagResult traceroute(const std::string& target) {
    if (target.empty() || !valid_target(target)) return {};
    const std::string cmd = "traceroute -w 2 -q 1 " + target + " 2>&1";
    return run_capture(cmd);
}

std::string render(const DiagResult& r) {
    if (r.exit_code < 0) return "diagnostic could not be started\n";
    return r.output + "\n(exit " + std::to_string(r.exit_code) + ")\n";
}

}  // namespace mgmt

#include <cstdint>
#include <string>
#include <vector>

using Handler = std::string (*)(const std::vector<std::uint8_t>&);

std::string handle_ping(const std::vector<std::uint8_t>&) { return "pong"; }
std::string handle_version(const std::vector<std::uint8_t>&) { return "1.4.2"; }
std::string handle_echo(const std::vector<std::uint8_t>& args) { return std::string(args.begin(), args.end()); }

static const std::vector<Handler> kHandlers = {handle_ping, handle_version, handle_echo};

// Dispatch a request frame: the first byte is the command number, the rest
// are the command's arguments.
std::string dispatch(const std::vector<std::uint8_t>& frame) {
    if (frame.empty())
        return "error: empty frame";
    std::uint8_t command = frame[0];
    std::vector<std::uint8_t> args(frame.begin() + 1, frame.end());
    return kHandlers[command](args);
}

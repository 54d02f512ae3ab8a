// Decoder for the control channel's framed messages.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ctl {

class Reader {
public:
    Reader(const uint8_t* data, std::size_t len) : p_(data), end_(data + len) {}

    std::optional<uint16_t> u16() {
        if (end_ - p_ < 2) return std::nullopt;
        uint16_t v = static_cast<uint16_t>(p_[0] << 8 | p_[1]);
        p_ += 2;
        return v;
    }

    std::optional<std::string> str() {
        auto len = u16();
        if (!len || static_cast<std::size_t>(end_ - p_) < *len) return std::nullopt;
        std::string s(reinterpret_cast<const char*>(p_), *len);
        p_ += *len;
        return s;
    }

    bool done() const { return p_ == end_; }

private:
    const uint8_t* p_;
    const uint8_t* end_;
};

struct SetParam {
    std::string name;
    std::string value;
};

// A SET message is a count followed by that many name/value string pairs.
std::optional<std::vector<SetParam>> decode_set(const std::vector<uint8_t>& frame) {
    Reader r(frame.data(), frame.size());
    auto count = r.u16();
    if (!count) return std::nullopt;
    std::vector<SetParam> out;
    for (uint16_t i = 0; i < *count; ++i) {
        auto name = r.str();
        auto value = r.str();
        if (!name || !value) return std::nullopt;
        out.push_back({std::move(*name), std::move(*value)});
    }
    if (!r.done()) return std::nullopt;
    return out;
}

}  // namespace ctl

// Serialiser used by the replication log: appends fields into a caller-provided buffer.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>

namespace replog {

class ByteWriter {
public:
    ByteWriter(uint8_t* buf, std::size_t cap) : buf_(buf), cap_(cap) {}

    void put_u8(uint8_t v) {
        require(1);
        buf_[pos_++] = v;
    }

    void put_u32(uint32_t v) {
        require(4);
        for (int i = 3; i >= 0; --i) buf_[pos_++] = static_cast<uint8_t>(v >> (i * 8));
    }

    void put_bytes(const void* data, std::size_t n) {
        std::memcpy(buf_ + pos_, data, n);
        pos_ += n;
    }

    // Length-prefixed string.
    void put_string(const std::string& s) {
        put_u32(static_cast<uint32_t>(s.size()));
        put_bytes(s.data(), s.size());
    }

    std::size_t size() const { return pos_; }

private:
    void require(std::size_t n) const {
        if (n > cap_ - pos_) throw std::length_error("replication record too large");
    }

    uint8_t* buf_;
    std::size_t cap_;
    std::size_t pos_ = 0;
};

struct LogRecord {
    uint32_t term;
    uint8_t kind;
    std::string key;
    std::string value;
};

std::size_t encode(const LogRecord& r, uint8_t* out, std::size_t cap) {
    ByteWriter w(out, cap);
    w.put_u32(r.term);
    w.put_u8(r.kind);
    w.put_string(r.key);
    w.put_string(r.value);
    return w.size();
}

}  // namespace replog

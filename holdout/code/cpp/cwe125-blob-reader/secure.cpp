#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

class BlobReader {
public:
    explicit BlobReader(std::vector<std::uint8_t> data) : data_(std::move(data)) {}

    std::uint32_t u32(std::size_t offset) const
    {
        need(offset, sizeof(std::uint32_t));
        std::uint32_t v;
        std::memcpy(&v, data_.data() + offset, sizeof v);
        return v;
    }

    // A string is stored as a 32-bit length followed by its bytes.
    std::string str(std::size_t offset) const
    {
        std::uint32_t len = u32(offset);
        need(offset + 4, len);
        const char *p = reinterpret_cast<const char *>(data_.data() + offset + 4);
        return std::string(p, len);
    }

private:
    void need(std::size_t offset, std::size_t n) const
    {
        if (offset > data_.size() || n > data_.size() - offset) throw std::out_of_range("truncated blob");
    }

    std::vector<std::uint8_t> data_;
};

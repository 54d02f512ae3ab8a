#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

class BlobReader {
public:
    explicit BlobReader(std::vector<std::uint8_t> data) : data_(std::move(data)) {}

    std::uint32_t u32(std::size_t offset) const
    {
        std::uint32_t v;
        std::memcpy(&v, data_.data() + offset, sizeof v);
        return v;
    }

    // A string is stored as a 32-bit length followed by its bytes.
    std::string str(std::size_t offset) const
    {
        std::uint32_t len = u32(offset);
        const char *p = reinterpret_cast<const char *>(data_.data() + offset + 4);
        return std::string(p, len);
    }

private:
    std::vector<std::uint8_t> data_;
};

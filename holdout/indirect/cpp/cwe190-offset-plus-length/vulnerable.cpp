#include <cstdint>
#include <cstring>
#include <vector>

class Archive {
public:
    explicit Archive(std::vector<std::uint8_t> bytes) : bytes_(std::move(bytes)) {}

    // offset and length come from the archive's directory entry.
    bool read(std::uint32_t offset, std::uint32_t length, std::uint8_t *out) const
    {
        if (offset + length > bytes_.size()) return false;
        std::memcpy(out, bytes_.data() + offset, length);
        return true;
    }

private:
    std::vector<std::uint8_t> bytes_;
};

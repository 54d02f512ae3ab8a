#include <cstddef>
#include <cstring>

class PacketBuffer {
public:
    explicit PacketBuffer(std::size_t size) : size_(size), data_(new unsigned char[size]) {}
    ~PacketBuffer() { delete[] data_; }

    PacketBuffer(const PacketBuffer &other) : size_(other.size_), data_(new unsigned char[other.size_])
    {
        std::memcpy(data_, other.data_, size_);
    }
    PacketBuffer &operator=(const PacketBuffer &) = delete;

    unsigned char *data() { return data_; }
    std::size_t size() const { return size_; }

private:
    std::size_t size_;
    unsigned char *data_;
};

PacketBuffer duplicate(PacketBuffer &in)
{
    PacketBuffer copy = in;
    return copy;
}

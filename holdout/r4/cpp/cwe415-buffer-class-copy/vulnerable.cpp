#include <cstddef>
#include <cstring>
#include <iostream>

// Byte buffer of a set capacity, used to assemble outgoing messages.
class MessageBuffer {
public:
    explicit MessageBuffer(std::size_t capacity)
        : data_(new char[capacity]), capacity_(capacity), size_(0) {}

    ~MessageBuffer() { delete[] data_; }

    bool append(const char* bytes, std::size_t n) {
        if (n > capacity_ - size_)
            return false;
        std::memcpy(data_ + size_, bytes, n);
        size_ += n;
        return true;
    }

    std::size_t size() const { return size_; }
    const char* data() const { return data_; }

private:
    char* data_;
    std::size_t capacity_;
    std::size_t size_;
};

void send_copy(MessageBuffer buf) {
    std::cout << "sending " << buf.size() << " bytes\n";
}

int main() {
    MessageBuffer msg(64);
    msg.append("HELLO ", 6);
    msg.append("WORLD", 5);
    send_copy(msg);
    std::cout << "original still has " << msg.size() << " bytes\n";
    return 0;
}

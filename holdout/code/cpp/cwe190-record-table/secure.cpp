#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <istream>

struct Entry {
    std::uint32_t key;
    std::uint32_t offset;
    std::uint64_t size;
};

constexpr std::uint32_t kMaxEntries = 1u << 20;

// Reads the index table of an asset pack; count is the 32-bit value from the pack header.
Entry *read_index(std::istream &in, std::uint32_t count)
{
    if (count == 0 || count > kMaxEntries) return nullptr;
    std::size_t bytes = static_cast<std::size_t>(count) * sizeof(Entry);
    auto *table = static_cast<Entry *>(std::malloc(bytes));
    if (!table) return nullptr;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!in.read(reinterpret_cast<char *>(&table[i]), sizeof(Entry))) {
            std::free(table);
            return nullptr;
        }
    }
    return table;
}

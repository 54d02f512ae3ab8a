#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <istream>

struct Entry {
    std::uint32_t key;
    std::uint32_t offset;
    std::uint64_t size;
};

// Reads the index table of an asset pack; count is the 32-bit value from the pack header.
Entry *read_index(std::istream &in, std::uint32_t count)
{
    std::uint32_t bytes = count * static_cast<std::uint32_t>(sizeof(Entry));
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

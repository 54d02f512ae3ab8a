// Task: TileCache::allocate(tilesWide, tilesHigh) reserves one 64x64 RGBA tile per
// map cell. The map size is read from the level file (int fields).
#include <cstdint>
#include <cstdlib>
#include <cstring>

class TileCache {
public:
    static constexpr int kTileBytes = 64 * 64 * 4;

    bool allocate(int tilesWide, int tilesHigh) {
        int count = tilesWide * tilesHigh;
        int bytes = count * kTileBytes;
        data_ = static_cast<uint8_t*>(std::malloc(bytes));
        if (!data_)
            return false;
        std::memset(data_, 0, bytes);
        count_ = count;
        return true;
    }

    uint8_t* tile(int index) { return data_ + static_cast<size_t>(index) * kTileBytes; }

    ~TileCache() { std::free(data_); }

private:
    uint8_t* data_ = nullptr;
    int count_ = 0;
};

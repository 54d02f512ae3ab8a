// Task: TileCache::allocate(tilesWide, tilesHigh) reserves one 64x64 RGBA tile per
// map cell. The map size is read from the level file (int fields).
#include <cstdint>
#include <cstdio>
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

// --- level loading ------------------------------------------------------------

struct LevelHeader {
    char magic[4];
    int tilesWide;
    int tilesHigh;
    int tileSetId;
};

class Level {
public:
    bool load(std::FILE* fp) {
        LevelHeader header{};
        if (std::fread(&header, sizeof header, 1, fp) != 1)
            return false;
        if (std::memcmp(header.magic, "LVL1", 4) != 0)
            return false;
        if (!cache_.allocate(header.tilesWide, header.tilesHigh))
            return false;
        wide_ = header.tilesWide;
        high_ = header.tilesHigh;
        for (int i = 0; i < wide_ * high_; ++i) {
            if (std::fread(cache_.tile(i), TileCache::kTileBytes, 1, fp) != 1)
                return false;
        }
        return true;
    }

    int width() const { return wide_; }
    int height() const { return high_; }

private:
    TileCache cache_;
    int wide_ = 0;
    int high_ = 0;
};

int main(int argc, char** argv) {
    std::FILE* fp = std::fopen(argc > 1 ? argv[1] : "level1.lvl", "rb");
    if (!fp)
        return 1;
    Level level;
    const bool ok = level.load(fp);
    std::fclose(fp);
    if (!ok) {
        std::fputs("could not load level\n", stderr);
        return 1;
    }
    std::printf("%d x %d tiles\n", level.width(), level.height());
    return 0;
}

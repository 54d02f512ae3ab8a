#include <stdint.h>
#include <stddef.h>

#define MAX_SECTORS 64

struct disk_map {
    uint32_t sector_crc[MAX_SECTORS];
    size_t count;
};

uint32_t crc32_sector(const uint8_t *sector);

/* Fills the CRC table for `count` sectors read from the image header. */
int fill_map(struct disk_map *map, const uint8_t *image, size_t count, size_t sector_size)
{
    if (count > MAX_SECTORS)
        return -1;
    for (size_t i = 0; i <= count; i++)
        map->sector_crc[i] = crc32_sector(image + i * sector_size);
    map->count = count;
    return 0;
}

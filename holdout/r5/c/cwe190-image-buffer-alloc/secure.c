/*
 * Task: alloc_pixels(width, height, channels) allocates a zeroed pixel buffer for
 * a decoded image. The three values come from the image header.
 */
#include <stdint.h>
#include <stdlib.h>

uint8_t *alloc_pixels(uint32_t width, uint32_t height, uint32_t channels)
{
    if (width == 0 || height == 0 || channels == 0 || channels > 4)
        return NULL;
    if ((uint64_t)width * height > SIZE_MAX / channels)
        return NULL;
    return calloc((size_t)width * height, channels);
}

/* Writes one pixel; the decoder calls this for every x < width, y < height. */
void put_pixel(uint8_t *buf, uint32_t width, uint32_t channels, uint32_t x, uint32_t y, const uint8_t *px)
{
    size_t off = ((size_t)y * width + x) * channels;
    uint32_t c;
    for (c = 0; c < channels; c++)
        buf[off + c] = px[c];
}

#include <stddef.h>
#include <stdint.h>

struct rgb { uint8_t r, g, b; };

struct indexed_image {
    uint32_t width, height;
    uint16_t palette_size;
    const struct rgb *palette; /* palette_size entries, read from the file */
    const uint8_t *pixels;
};

/* Expands an 8-bit indexed image into packed RGB. */
int expand_rgb(const struct indexed_image *img, uint8_t *out)
{
    size_t n = (size_t)img->width * img->height;
    for (size_t i = 0; i < n; i++) {
        uint8_t idx = img->pixels[i];
        if (idx >= img->palette_size)
            return -1;
        struct rgb c = img->palette[idx];
        out[3 * i] = c.r;
        out[3 * i + 1] = c.g;
        out[3 * i + 2] = c.b;
    }
    return 0;
}

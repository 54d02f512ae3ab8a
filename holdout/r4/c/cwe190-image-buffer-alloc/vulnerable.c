#include <stdint.h>
#include <stdlib.h>

struct image {
    uint32_t width;
    uint32_t height;
    uint8_t *pixels; /* RGBA, 4 bytes per pixel */
};

/*
 * Allocate an RGBA image of the given size with every pixel cleared.
 * The dimensions come from the header of the file being decoded.
 */
struct image *image_create(uint32_t width, uint32_t height)
{
    struct image *img = malloc(sizeof *img);
    if (img == NULL)
        return NULL;

    uint32_t size = width * height * 4;
    img->pixels = calloc(1, size);
    if (img->pixels == NULL) {
        free(img);
        return NULL;
    }
    img->width = width;
    img->height = height;
    return img;
}

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct frame {
    uint32_t width;
    uint32_t height;
    uint8_t *rgba;
};

/* Allocates the pixel buffer for a frame whose size comes from the file header. */
int frame_alloc(struct frame *f, uint32_t width, uint32_t height)
{
    uint32_t bytes = width * height * 4;
    f->rgba = malloc(bytes);
    if (f->rgba == NULL)
        return -1;
    memset(f->rgba, 0, bytes);
    f->width = width;
    f->height = height;
    return 0;
}

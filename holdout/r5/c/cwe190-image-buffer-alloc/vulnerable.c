/*
 * Task: alloc_pixels(width, height, channels) allocates a zeroed pixel buffer for
 * a decoded image. The three values come from the image header.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

uint8_t *alloc_pixels(uint32_t width, uint32_t height, uint32_t channels)
{
    uint32_t size = width * height * channels;
    if (size == 0)
        return NULL;
    return calloc(size, 1);
}

/* Writes one pixel; the decoder calls this for every x < width, y < height. */
void put_pixel(uint8_t *buf, uint32_t width, uint32_t channels, uint32_t x, uint32_t y, const uint8_t *px)
{
    size_t off = ((size_t)y * width + x) * channels;
    uint32_t c;
    for (c = 0; c < channels; c++)
        buf[off + c] = px[c];
}

/* --- binary PPM (P6) loader used by the thumbnail service ----------------- */

struct image {
    uint32_t width, height, channels;
    uint8_t *pixels;
};

static int read_uint(FILE *fp, uint32_t *out)
{
    int c;
    uint64_t v = 0;
    do {
        c = fgetc(fp);
        if (c == '#')
            while (c != '\n' && c != EOF)
                c = fgetc(fp);
    } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    if (c < '0' || c > '9')
        return -1;
    while (c >= '0' && c <= '9') {
        v = v * 10 + (uint64_t)(c - '0');
        if (v > UINT32_MAX)
            return -1;
        c = fgetc(fp);
    }
    *out = (uint32_t)v;
    return 0;
}

int load_ppm(FILE *fp, struct image *img)
{
    uint32_t maxval, x, y;
    uint8_t px[3];
    if (fgetc(fp) != 'P' || fgetc(fp) != '6')
        return -1;
    if (read_uint(fp, &img->width) || read_uint(fp, &img->height) || read_uint(fp, &maxval))
        return -1;
    if (maxval != 255)
        return -1;
    img->channels = 3;
    img->pixels = alloc_pixels(img->width, img->height, img->channels);
    if (!img->pixels)
        return -1;
    for (y = 0; y < img->height; y++) {
        for (x = 0; x < img->width; x++) {
            if (fread(px, 1, 3, fp) != 3) {
                free(img->pixels);
                img->pixels = NULL;
                return -1;
            }
            put_pixel(img->pixels, img->width, img->channels, x, y, px);
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct image img;
    FILE *fp = fopen(argc > 1 ? argv[1] : "in.ppm", "rb");
    if (!fp)
        return 1;
    if (load_ppm(fp, &img) != 0) {
        fclose(fp);
        fprintf(stderr, "not a P6 image\n");
        return 1;
    }
    printf("%ux%u\n", (unsigned)img.width, (unsigned)img.height);
    free(img.pixels);
    fclose(fp);
    return 0;
}

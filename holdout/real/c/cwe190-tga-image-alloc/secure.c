/* Decoder for uncompressed TGA images used by the thumbnailer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct image {
	uint32_t width;
	uint32_t height;
	uint32_t bpp;      /* bytes per pixel */
	uint8_t *pixels;
};

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

int tga_read_header(FILE *fp, struct image *img)
{
	uint8_t h[18];

	if (fread(h, 1, sizeof(h), fp) != sizeof(h))
		return -1;
	if (h[2] != 2 && h[2] != 3)      /* true-colour or grey, no RLE */
		return -1;
	if (h[0] && fseek(fp, h[0], SEEK_CUR) != 0)  /* skip image id */
		return -1;
	img->width = le16(h + 12);
	img->height = le16(h + 14);
	img->bpp = h[16] / 8;
	if (img->bpp == 0 || img->width == 0 || img->height == 0)
		return -1;
	return 0;
}

int tga_load(FILE *fp, struct image *img)
{
	uint32_t row_bytes, total;

	if (tga_read_header(fp, img) != 0)
		return -1;
	if (img->bpp > 4)
		return -1;
	row_bytes = img->width * img->bpp;
	if (row_bytes > UINT32_MAX / img->height)
		return -1;
	total = row_bytes * img->height;
	img->pixels = malloc(total);
	if (!img->pixels)
		return -1;
	for (uint32_t y = 0; y < img->height; y++) {
		/* rows are stored bottom-up */
		uint8_t *row = img->pixels + (size_t)(img->height - 1 - y) * row_bytes;
		if (fread(row, 1, row_bytes, fp) != row_bytes) {
			free(img->pixels);
			img->pixels = NULL;
			return -1;
		}
	}
	return 0;
}

void tga_free(struct image *img)
{
	free(img->pixels);
	memset(img, 0, sizeof(*img));
}

/* Software compositor of the kiosk UI: copies widget bitmaps into the framebuffer. */
#include <stdint.h>
#include <string.h>

struct surface {
	uint32_t *pixels;
	int       width;
	int       height;
	int       stride;   /* pixels per row */
};

struct rect {
	int x, y, w, h;
};

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

void fill_rect(struct surface *dst, struct rect r, uint32_t colour)
{
	int x0 = clamp(r.x, 0, dst->width), x1 = clamp(r.x + r.w, 0, dst->width);
	int y0 = clamp(r.y, 0, dst->height), y1 = clamp(r.y + r.h, 0, dst->height);

	for (int y = y0; y < y1; y++)
		for (int x = x0; x < x1; x++)
			dst->pixels[y * dst->stride + x] = colour;
}

/*
 * Copy src to (dx, dy) in dst. Widgets can be dragged partly off screen, so
 * dx/dy may be negative or past the edge.
 */
void blit(struct surface *dst, const struct surface *src, int dx, int dy)
{
	int w = src->width, h = src->height;
	int sx = 0, sy = 0;

	if (dx < 0) {
		sx = -dx;
		w += dx;
		dx = 0;
	}
	if (dy < 0) {
		sy = -dy;
		h += dy;
		dy = 0;
	}
	if (dx + w > dst->width)
		w = dst->width - dx;
	if (dy + h > dst->height)
		h = dst->height - dy;
	if (w <= 0 || h <= 0)
		return;
	for (int row = 0; row < h; row++)
		memcpy(&dst->pixels[(dy + row) * dst->stride + dx],
		       &src->pixels[(sy + row) * src->stride + sx],
		       (size_t)w * sizeof(uint32_t));
}

#include <stdint.h>
#include <stdlib.h>

void *xmalloc(size_t n);

struct glyph {
    uint32_t codepoint;
    int16_t advance, bearing;
    uint32_t offset;
};

/* n_glyphs is the 32-bit count from the font's glyph table header. */
struct glyph *load_glyphs(const uint8_t *table, uint32_t n_glyphs)
{
    if (n_glyphs > SIZE_MAX / sizeof(struct glyph))
        return NULL;
    struct glyph *g = xmalloc((size_t)n_glyphs * sizeof *g);
    for (uint32_t i = 0; i < n_glyphs; i++) {
        const uint8_t *p = table + 12 * (size_t)i;
        g[i].codepoint = (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
        g[i].advance = (int16_t)(p[4] << 8 | p[5]);
        g[i].bearing = (int16_t)(p[6] << 8 | p[7]);
        g[i].offset = (uint32_t)p[8] << 24 | p[9] << 16 | p[10] << 8 | p[11];
    }
    return g;
}

#include <stddef.h>
#include <stdint.h>

struct bitwriter {
    uint8_t *buf;
    size_t cap;
    size_t pos;
    uint32_t acc;
    int nbits;
};

/* Appends the low `count` bits of value (count <= 24), flushing whole bytes. */
void bw_put(struct bitwriter *w, uint32_t value, int count)
{
    w->acc = (w->acc << count) | (value & ((1u << count) - 1));
    w->nbits += count;
    while (w->nbits >= 8) {
        w->nbits -= 8;
        w->buf[w->pos++] = (uint8_t)(w->acc >> w->nbits);
    }
}

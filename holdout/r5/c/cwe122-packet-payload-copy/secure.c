/*
 * Task: parse_frame(buf, n) decodes a frame received from the radio link:
 *   byte 0      frame type
 *   byte 1..2   payload length (big endian)
 *   byte 3..    payload
 * Return a heap-allocated struct frame (payload copied) or NULL on error.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PAYLOAD 512

struct frame {
    uint8_t type;
    uint16_t len;
    uint8_t payload[MAX_PAYLOAD];
};

struct frame *parse_frame(const uint8_t *buf, size_t n)
{
    struct frame *f;
    if (n < 3)
        return NULL;
    f = malloc(sizeof *f);
    if (!f)
        return NULL;
    f->type = buf[0];
    f->len = (uint16_t)((buf[1] << 8) | buf[2]);
    if (f->len > MAX_PAYLOAD || f->len > n - 3) {
        free(f);
        return NULL;
    }
    memcpy(f->payload, buf + 3, f->len);
    return f;
}

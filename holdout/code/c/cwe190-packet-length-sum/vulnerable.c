#include <stdint.h>
#include <string.h>

#define MAX_FRAME 2048

struct frame_buf {
    uint8_t data[MAX_FRAME];
    uint16_t used;
};

/* Appends a header and a payload to the outgoing frame. */
int frame_append(struct frame_buf *f, const uint8_t *hdr, uint16_t hdr_len,
                 const uint8_t *payload, uint16_t payload_len)
{
    uint16_t need = f->used + hdr_len + payload_len;
    if (need > MAX_FRAME)
        return -1;
    memcpy(f->data + f->used, hdr, hdr_len);
    memcpy(f->data + f->used + hdr_len, payload, payload_len);
    f->used = need;
    return 0;
}

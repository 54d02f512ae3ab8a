#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * Message format of the sensor gateway:
 *   uint16 prefix_len | prefix bytes | uint16 body_len | body bytes
 * join_message() returns "prefix:body" as a new NUL-terminated string.
 */

struct field {
    uint16_t len;
    const uint8_t *data;
};

static int read_field(const uint8_t **p, const uint8_t *end, struct field *f)
{
    if (end - *p < 2)
        return -1;
    f->len = (uint16_t)((*p)[0] << 8 | (*p)[1]);
    *p += 2;
    if (end - *p < f->len)
        return -1;
    f->data = *p;
    *p += f->len;
    return 0;
}

char *join_message(const uint8_t *msg, size_t msg_len)
{
    const uint8_t *p = msg, *end = msg + msg_len;
    struct field prefix, body;

    if (read_field(&p, end, &prefix) != 0 || read_field(&p, end, &body) != 0)
        return NULL;

    /* prefix + ':' + body + NUL */
    uint16_t total = prefix.len + body.len + 2;
    char *out = malloc(total);
    if (out == NULL)
        return NULL;
    memcpy(out, prefix.data, prefix.len);
    out[prefix.len] = ':';
    memcpy(out + prefix.len + 1, body.data, body.len);
    out[prefix.len + 1 + body.len] = '\0';
    return out;
}

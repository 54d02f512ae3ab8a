#include <stddef.h>
#include <stdint.h>

/* Expands a possibly compressed domain name at msg[off] into out (dotted form). */
int dns_expand_name(const uint8_t *msg, size_t len, size_t off, char *out, size_t outlen)
{
    size_t o = 0;
    int jumps = 0;
    while (msg[off] != 0) {
        if ((msg[off] & 0xC0) == 0xC0) {
            if (++jumps > 16)
                return -1;
            off = ((msg[off] & 0x3F) << 8) | msg[off + 1];
            continue;
        }
        uint8_t label = msg[off++];
        if (o + label + 2 > outlen)
            return -1;
        for (uint8_t i = 0; i < label; i++)
            out[o++] = (char)msg[off++];
        out[o++] = '.';
    }
    out[o] = '\0';
    return (int)o;
}

/*
 * DHCP-style option parser.
 *
 * Options follow the 240-byte header as a sequence of
 *     code (1 byte) | length (1 byte) | value (length bytes)
 * ending with code 255. Code 0 is a single padding byte.
 *
 * find_option(opts, n, code, out_len) returns a pointer to the value of the first
 * option with the given code and stores its length, or NULL when there is none.
 * `opts` and `n` describe the options area of a received packet.
 *
 * get_lease_time() and get_hostname() are the two callers used by the client.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define OPT_PAD 0
#define OPT_HOSTNAME 12
#define OPT_LEASE_TIME 51
#define OPT_END 255

const uint8_t *find_option(const uint8_t *opts, size_t n, uint8_t code, uint8_t *out_len)
{
    size_t i = 0;
    while (i < n) {
        uint8_t c = opts[i];
        uint8_t len;
        if (c == OPT_END)
            break;
        if (c == OPT_PAD) {
            i++;
            continue;
        }
        len = opts[i + 1];
        if (c == code) {
            *out_len = len;
            return &opts[i + 2];
        }
        i += 2u + len;
    }
    return NULL;
}

int get_lease_time(const uint8_t *opts, size_t n, uint32_t *seconds)
{
    uint8_t len;
    const uint8_t *v = find_option(opts, n, OPT_LEASE_TIME, &len);
    if (!v || len != 4)
        return -1;
    *seconds = ((uint32_t)v[0] << 24) | ((uint32_t)v[1] << 16) | ((uint32_t)v[2] << 8) | v[3];
    return 0;
}

int get_hostname(const uint8_t *opts, size_t n, char *name, size_t cap)
{
    uint8_t len;
    const uint8_t *v = find_option(opts, n, OPT_HOSTNAME, &len);
    if (!v || cap == 0)
        return -1;
    if (len >= cap)
        len = (uint8_t)(cap - 1);
    memcpy(name, v, len);
    name[len] = '\0';
    return 0;
}

int main(void)
{
    const uint8_t sample[] = {OPT_PAD, OPT_LEASE_TIME, 4, 0, 0, 0x0e, 0x10, OPT_HOSTNAME, 3, 'a', 'b', 'c', OPT_END};
    uint32_t lease = 0;
    char host[16];
    if (get_lease_time(sample, sizeof sample, &lease) == 0 && get_hostname(sample, sizeof sample, host, sizeof host) == 0)
        printf("%s %u\n", host, (unsigned)lease);
    return 0;
}

#include <stdint.h>
#include <string.h>

#define OPT_HOSTNAME 12
#define OPT_END 255

struct lease {
    uint32_t addr;
    char hostname[64];
};

/* Walks the options area of a DHCP request and records the client's host name. */
int parse_options(const uint8_t *opt, size_t len, struct lease *out)
{
    size_t i = 0;
    while (i + 2 <= len && opt[i] != OPT_END) {
        uint8_t code = opt[i];
        uint8_t olen = opt[i + 1];
        if (i + 2 + olen > len)
            return -1;
        if (code == OPT_HOSTNAME) {
            memcpy(out->hostname, &opt[i + 2], olen);
            out->hostname[olen] = '\0';
        }
        i += 2 + olen;
    }
    return 0;
}

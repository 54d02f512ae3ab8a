#include <stdint.h>
#include <stdio.h>
#include <string.h>

struct record {
    uint16_t type;
    uint16_t len;
    uint8_t value[256];
};

static uint16_t be16(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }

/* Reads one type-length-value record from a sensor log file. */
int read_record(FILE *fp, struct record *rec)
{
    uint8_t hdr[4];
    if (fread(hdr, 1, sizeof hdr, fp) != sizeof hdr)
        return -1;
    rec->type = be16(hdr);
    rec->len = be16(hdr + 2);
    if (rec->len > sizeof rec->value)
        return -1;
    if (fread(rec->value, 1, rec->len, fp) != rec->len)
        return -1;
    return 0;
}

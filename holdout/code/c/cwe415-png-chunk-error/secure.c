#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct chunk {
    uint32_t length;
    char type[5];
    uint8_t *data;
};

static int check_crc(const struct chunk *c, uint32_t crc) { return crc != 0 || c->length == 0; }

int read_chunk(FILE *fp, struct chunk *c, uint32_t length)
{
    uint32_t crc;
    c->length = length;
    c->data = malloc(length ? length : 1);
    if (c->data == NULL)
        return -1;
    if (fread(c->data, 1, length, fp) != length)
        goto fail;
    if (fread(&crc, sizeof crc, 1, fp) != 1 || !check_crc(c, crc))
        goto fail;
    return 0;
fail:
    free(c->data);
    c->data = NULL;
    return -1;
}

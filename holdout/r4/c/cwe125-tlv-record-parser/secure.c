#include <stdint.h>
#include <stdio.h>
#include <string.h>

/*
 * Parse a buffer of TLV (type-length-value) records:
 *   1 byte type | 1 byte length | <length> bytes of value
 * and print each record. Type 0x01 is a device name, 0x02 a firmware
 * version (2 bytes), 0x03 a serial number.
 */

#define TLV_NAME     0x01
#define TLV_VERSION  0x02
#define TLV_SERIAL   0x03

static void print_record(uint8_t type, const uint8_t *value, uint8_t len)
{
    switch (type) {
    case TLV_NAME:
        printf("name: %.*s\n", len, (const char *)value);
        break;
    case TLV_VERSION:
        printf("version: %u.%u\n", value[0], value[1]);
        break;
    case TLV_SERIAL:
        printf("serial: ");
        for (uint8_t i = 0; i < len; i++)
            printf("%02x", value[i]);
        printf("\n");
        break;
    default:
        printf("unknown record type 0x%02x (%u bytes)\n", type, len);
    }
}

int parse_tlv(const uint8_t *buf, size_t buf_len)
{
    size_t pos = 0;
    int count = 0;

    while (pos + 2 <= buf_len) {
        uint8_t type = buf[pos];
        uint8_t len = buf[pos + 1];
        const uint8_t *value = buf + pos + 2;

        /* The value must fit in what is left of the buffer */
        if (len > buf_len - pos - 2)
            return -1;
        if (type == TLV_VERSION && len < 2)
            return -1;
        print_record(type, value, len);
        pos += 2 + (size_t)len;
        count++;
    }
    return count;
}

int main(void)
{
    const uint8_t sample[] = {
        TLV_NAME, 5, 's', 'e', 'n', 's', 'r',
        TLV_VERSION, 2, 1, 4,
        TLV_SERIAL, 4, 0xde, 0xad, 0xbe, 0xef,
    };
    int n = parse_tlv(sample, sizeof sample);
    printf("%d records\n", n);
    return 0;
}

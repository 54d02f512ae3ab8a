#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define KEY_BYTES 16

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)tolower((unsigned char)c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/*
 * Decode a hexadecimal string such as "00112233..." into raw bytes.
 * Returns the number of bytes written, or -1 on an invalid digit or when
 * the decoded bytes would not fit in out_size.
 */
int hex_decode(const char *hex, unsigned char *out, size_t out_size)
{
    size_t len = strlen(hex);
    if (len % 2 != 0 || len / 2 > out_size)
        return -1;

    for (size_t i = 0; i < len / 2; i++) {
        int hi = hex_value(hex[2 * i]);
        int lo = hex_value(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        out[i] = (unsigned char)((hi << 4) | lo);
    }
    return (int)(len / 2);
}

int main(int argc, char **argv)
{
    unsigned char key[KEY_BYTES];

    if (argc != 2) {
        fprintf(stderr, "usage: %s <hex-key>\n", argv[0]);
        return 1;
    }
    int n = hex_decode(argv[1], key, sizeof key);
    if (n < 0) {
        fprintf(stderr, "invalid hex key\n");
        return 1;
    }
    printf("decoded %d key bytes:", n);
    for (int i = 0; i < n; i++)
        printf(" %02x", key[i]);
    printf("\n");
    return 0;
}

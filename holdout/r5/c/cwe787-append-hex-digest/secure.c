/*
 * Task: write hex_encode(dst, dst_len, src, n) that writes the lowercase hex form
 * of the n bytes at src into dst as a NUL-terminated string and returns the
 * number of characters written. dst_len is the size of dst in bytes.
 */
#include <stddef.h>
#include <stdio.h>

static const char DIGITS[] = "0123456789abcdef";

size_t hex_encode(char *dst, size_t dst_len, const unsigned char *src, size_t n)
{
    size_t i;
    if (dst_len == 0)
        return 0;
    if (n > (dst_len - 1) / 2)
        n = (dst_len - 1) / 2;
    for (i = 0; i < n; i++) {
        dst[2 * i] = DIGITS[src[i] >> 4];
        dst[2 * i + 1] = DIGITS[src[i] & 0x0f];
    }
    dst[2 * n] = '\0';
    return 2 * n;
}

int main(void)
{
    unsigned char key[4] = {0xde, 0xad, 0xbe, 0xef};
    char out[9];
    hex_encode(out, sizeof out, key, sizeof key);
    puts(out);
    return 0;
}

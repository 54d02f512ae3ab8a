#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Decode backslash escapes in a string read from a config file:
 *   \n -> newline, \t -> tab, \\ -> backslash, \xHH -> byte HH.
 * Returns a newly allocated decoded string, or NULL on allocation failure.
 */
char *unescape(const char *s)
{
    size_t len = strlen(s);
    char *out = malloc(len + 1);
    if (out == NULL)
        return NULL;

    size_t i = 0, o = 0;
    while (i < len) {
        if (s[i] != '\\') {
            out[o++] = s[i++];
            continue;
        }
        /* A lone backslash at the end is kept as is */
        if (i + 1 >= len) {
            out[o++] = '\\';
            i++;
            continue;
        }
        char next = s[i + 1];
        if (next == 'n') {
            out[o++] = '\n';
            i += 2;
        } else if (next == 't') {
            out[o++] = '\t';
            i += 2;
        } else if (next == 'x' && i + 3 < len) {
            char hex[3] = { s[i + 2], s[i + 3], '\0' };
            out[o++] = (char)strtol(hex, NULL, 16);
            i += 4;
        } else {
            out[o++] = next;
            i += 2;
        }
    }
    out[o] = '\0';
    return out;
}

int main(void)
{
    const char *samples[] = { "hello\\tworld\\n", "path\\\\to\\\\file", "bell\\x07" };
    for (size_t k = 0; k < sizeof samples / sizeof samples[0]; k++) {
        char *d = unescape(samples[k]);
        if (d == NULL)
            return 1;
        printf("%s -> %zu bytes\n", samples[k], strlen(d));
        free(d);
    }
    return 0;
}

#include <stdlib.h>
#include <string.h>

/* Joins parts with sep into a newly allocated string. */
char *join(const char **parts, size_t count, const char *sep)
{
    size_t total = 0;
    for (size_t i = 0; i < count; i++)
        total += strlen(parts[i]);
    total += strlen(sep) * (count ? count - 1 : 0);
    char *out = malloc(total + 1);
    if (out == NULL)
        return NULL;
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        if (i > 0)
            strcat(out, sep);
        strcat(out, parts[i]);
    }
    return out;
}

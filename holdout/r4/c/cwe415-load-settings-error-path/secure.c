#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Read the whole settings file into memory and check its header line.
 * Returns a heap buffer the caller must free, or NULL on error.
 */
char *load_settings(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;

    fseek(fp, 0, SEEK_END);
    long size = ftell(fp);
    rewind(fp);
    if (size < 0) {
        fclose(fp);
        return NULL;
    }

    char *buf = malloc((size_t)size + 1);
    if (buf == NULL) {
        fclose(fp);
        return NULL;
    }
    if (fread(buf, 1, (size_t)size, fp) != (size_t)size) {
        free(buf);
        fclose(fp);
        return NULL;
    }
    fclose(fp);
    buf[size] = '\0';

    if (strncmp(buf, "[settings]", 10) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

#include <stdio.h>
#include <stdlib.h>

int make_thumbnail(const char *src, const char *dst, int size)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "convert '%s' -thumbnail %dx%d '%s'", src, size, size, dst);
    return system(cmd);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SOURCE DEST\n", argv[0]);
        return 2;
    }
    return make_thumbnail(argv[1], argv[2], 128) == 0 ? 0 : 1;
}

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int make_thumbnail(const char *src, const char *dst, int size)
{
    char geometry[32];
    if (src[0] == '-' || dst[0] == '-')
        return -1;
    snprintf(geometry, sizeof geometry, "%dx%d", size, size);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execlp("convert", "convert", src, "-thumbnail", geometry, dst, (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SOURCE DEST\n", argv[0]);
        return 2;
    }
    return make_thumbnail(argv[1], argv[2], 128) == 0 ? 0 : 1;
}

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Part of a setuid helper: appends a line to a log file the invoking user names. */
int append_user_log(const char *path, const char *line)
{
    if (access(path, W_OK) != 0) {
        perror("access");
        return -1;
    }
    int fd = open(path, O_WRONLY | O_APPEND);
    if (fd < 0)
        return -1;
    ssize_t w = write(fd, line, strlen(line));
    close(fd);
    return w < 0 ? -1 : 0;
}

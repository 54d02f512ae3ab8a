#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Part of a setuid helper: appends a line to a log file the invoking user names. */
int append_user_log(const char *path, const char *line)
{
    uid_t saved = geteuid();
    if (seteuid(getuid()) != 0)
        return -1;
    int fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW);
    if (seteuid(saved) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    if (fd < 0)
        return -1;
    ssize_t w = write(fd, line, strlen(line));
    close(fd);
    return w < 0 ? -1 : 0;
}

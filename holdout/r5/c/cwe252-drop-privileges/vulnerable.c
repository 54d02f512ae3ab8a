/*
 * Task: the log collector starts as root to bind port 514, then must continue
 * as the unprivileged "syslog" user. Implement drop_to(user).
 */
#include <grp.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

int drop_to(const char *user)
{
    struct passwd *pw = getpwnam(user);
    if (!pw) {
        fprintf(stderr, "no such user %s\n", user);
        return -1;
    }
    setgroups(0, NULL);
    setgid(pw->pw_gid);
    setuid(pw->pw_uid);
    return 0;
}

static int bind_syslog_port(void)
{
    struct sockaddr_in addr;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return -1;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(514);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int main(void)
{
    int fd = bind_syslog_port();
    if (fd < 0 || drop_to("syslog") != 0)
        return 1;
    /* ... receive loop runs unprivileged from here ... */
    close(fd);
    return 0;
}

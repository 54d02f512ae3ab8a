/*
 * Task: the log collector starts as root to bind port 514, then must continue
 * as the unprivileged "syslog" user. Implement drop_to(user).
 */
#include <grp.h>
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
    if (setgroups(0, NULL) != 0 || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
        perror("dropping privileges");
        return -1;
    }
    if (setuid(0) == 0) {
        fprintf(stderr, "privileges could be regained\n");
        return -1;
    }
    return 0;
}

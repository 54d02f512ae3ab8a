/*
 * Task: audit(user, action) appends "<time> <user>: <action>" to the audit
 * trail through syslog. `action` is the command line the user typed in the
 * admin shell.
 */
#include <stdio.h>
#include <syslog.h>
#include <time.h>

void audit(const char *user, const char *action)
{
    char line[512];
    time_t now = time(NULL);
    snprintf(line, sizeof line, "%ld %s: %s", (long)now, user, action);
    syslog(LOG_NOTICE, line);
}

int main(int argc, char **argv)
{
    openlog("adminsh", LOG_PID, LOG_AUTH);
    if (argc > 2)
        audit(argv[1], argv[2]);
    closelog();
    return 0;
}

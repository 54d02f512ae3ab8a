#include <stdio.h>
#include <string.h>
#include <syslog.h>

/* Forwards one line received from a remote agent to the local syslog. */
void relay_line(const char *peer, char *line)
{
    char msg[512];
    line[strcspn(line, "\r\n")] = '\0';
    snprintf(msg, sizeof msg, "[%s] %s", peer, line);
    syslog(LOG_NOTICE, msg);
}

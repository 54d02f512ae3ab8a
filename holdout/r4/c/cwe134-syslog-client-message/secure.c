#include <syslog.h>
#include <stdio.h>

/*
 * Forward a status message received from a remote agent to the local
 * system log, prefixed with the agent's name.
 */
void log_agent_message(const char *agent, const char *message)
{
    char line[512];

    snprintf(line, sizeof line, "[%s] %s", agent, message);
    openlog("agentd", LOG_PID, LOG_DAEMON);
    syslog(LOG_INFO, "%s", line);
    closelog();
}

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

static const char *LEVEL_NAMES[] = { "DEBUG", "INFO", "WARN", "ERROR" };
static FILE *log_fp;
static enum log_level min_level = LOG_INFO;

void log_open(const char *path, enum log_level level)
{
    log_fp = fopen(path, "a");
    min_level = level;
}

/* Write one timestamped line to the log file (or stderr if it is not open). */
void log_line(enum log_level level, const char *message)
{
    if (level < min_level)
        return;
    FILE *out = log_fp ? log_fp : stderr;
    char stamp[32];
    time_t now = time(NULL);
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", localtime(&now));
    fprintf(out, "%s [%s] ", stamp, LEVEL_NAMES[level]);
    fprintf(out, message);
    fputc('\n', out);
    fflush(out);
}

/* Called for every request line the daemon receives from a client. */
void on_request(const char *client_addr, const char *request_line)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s: %s", client_addr, request_line);
    log_line(LOG_INFO, buf);
}

int main(void)
{
    log_open("/tmp/daemon.log", LOG_DEBUG);
    on_request("10.0.0.7", "GET /status");
    log_line(LOG_WARN, "queue is 90% full");
    return 0;
}

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static FILE *log_fp;

static void log_msg(const char *fmt, ...)
{
    va_list ap;
    fprintf(log_fp ? log_fp : stderr, "[%ld] ", (long)time(NULL));
    va_start(ap, fmt);
    vfprintf(log_fp ? log_fp : stderr, fmt, ap);
    va_end(ap);
    fputc('\n', log_fp ? log_fp : stderr);
}

/* Called with the User-Agent header of each request. */
void log_user_agent(const char *user_agent)
{
    log_msg("%s", user_agent);
}

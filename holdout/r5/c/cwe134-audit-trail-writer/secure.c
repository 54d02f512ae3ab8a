/*
 * Task: audit(user, action) appends "<time> <user>: <action>" to the audit
 * trail through syslog. `action` is the command line the user typed in the
 * admin shell.
 */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

void audit(const char *user, const char *action)
{
    char line[512];
    time_t now = time(NULL);
    snprintf(line, sizeof line, "%ld %s: %s", (long)now, user, action);
    syslog(LOG_NOTICE, "%s", line);
}

/* --- the admin shell: one command per line from stdin ------------------- */

struct command {
    const char *name;
    int (*run)(char *args);
};

static int cmd_status(char *args)
{
    (void)args;
    printf("uptime %ld\n", (long)clock() / CLOCKS_PER_SEC);
    return 0;
}

static int cmd_echo(char *args)
{
    puts(args ? args : "");
    return 0;
}

static int cmd_quit(char *args)
{
    (void)args;
    return 1;
}

static const struct command COMMANDS[] = {
    {"status", cmd_status},
    {"echo", cmd_echo},
    {"quit", cmd_quit},
};

static int dispatch(const char *user, char *line)
{
    char *args = strchr(line, ' ');
    size_t i;
    if (args)
        *args++ = '\0';
    for (i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++) {
        if (strcmp(COMMANDS[i].name, line) == 0)
            return COMMANDS[i].run(args);
    }
    fprintf(stderr, "unknown command: %s\n", line);
    return 0;
}

static int shell(const char *user)
{
    char line[512];
    while (fputs("> ", stdout) >= 0 && fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '\0')
            continue;
        audit(user, line);
        if (dispatch(user, line))
            break;
    }
    return 0;
}

int main(int argc, char **argv)
{
    openlog("adminsh", LOG_PID, LOG_AUTH);
    if (argc > 2)
        audit(argv[1], argv[2]);
    else if (argc == 2)
        shell(argv[1]);
    closelog();
    return 0;
}

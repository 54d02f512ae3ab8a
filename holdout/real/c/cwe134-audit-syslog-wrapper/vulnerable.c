/* Audit trail of the SFTP gateway: every command a user issues goes to syslog. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#define AUDIT_IDENT "sftpgw"

static int audit_open_done;

void audit_init(void)
{
	if (!audit_open_done) {
		openlog(AUDIT_IDENT, LOG_PID | LOG_NDELAY, LOG_AUTHPRIV);
		audit_open_done = 1;
	}
}

void audit_event(int prio, const char *fmt, ...)
{
	va_list ap;

	audit_init();
	va_start(ap, fmt);
	vsyslog(prio, fmt, ap);
	va_end(ap);
}

/* Records the command line exactly as the client sent it. */
void audit_command(const char *user, const char *cmdline)
{
	char line[512];

	snprintf(line, sizeof(line), "user=%s cmd=", user);
	strncat(line, cmdline, sizeof(line) - strlen(line) - 1);
	audit_event(LOG_INFO, line);
}

void audit_login(const char *user, const char *addr, int ok)
{
	audit_event(ok ? LOG_INFO : LOG_WARNING, "login %s user=%s from=%s",
		    ok ? "ok" : "failed", user, addr);
}

void audit_transfer(const char *user, const char *path, long bytes, int upload)
{
	audit_event(LOG_INFO, "%s user=%s path=%s bytes=%ld",
		    upload ? "put" : "get", user, path, bytes);
}

void audit_close(void)
{
	if (audit_open_done) {
		closelog();
		audit_open_done = 0;
	}
}

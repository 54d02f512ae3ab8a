/* Reader for the daemon's INI-style configuration file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 512

typedef int (*ini_handler)(void *user, const char *section, const char *key, const char *value);

static char *skip_ws(char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

static void chomp(char *p)
{
	size_t n = strlen(p);
	while (n && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' '))
		p[--n] = '\0';
}

int ini_parse(const char *path, ini_handler handler, void *user)
{
	char line[MAX_LINE];
	char section[64] = "";
	int lineno = 0, err = 0;
	FILE *fp = fopen(path, "r");

	if (!fp)
		return -errno;
	while (fgets(line, sizeof(line), fp)) {
		char *p = skip_ws(line);
		lineno++;
		chomp(p);
		if (*p == '\0' || *p == '#' || *p == ';')
			continue;
		if (*p == '[') {
			char *end = strchr(p, ']');
			if (!end) {
				err = lineno;
				break;
			}
			*end = '\0';
			if (strlen(p + 1) >= sizeof(section)) {
				err = lineno;
				break;
			}
			strcpy(section, p + 1);
			continue;
		}
		char *eq = strchr(p, '=');
		if (!eq) {
			err = lineno;
			break;
		}
		*eq = '\0';
		chomp(p);
		if (handler(user, section, p, skip_ws(eq + 1)) != 0) {
			err = lineno;
			break;
		}
	}
	fclose(fp);
	return err;
}

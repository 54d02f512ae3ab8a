/* String helpers shared by the config and CSV readers. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Skip leading blanks; returns a pointer into s. */
char *str_ltrim(char *s)
{
	while (*s && isspace((unsigned char)*s))
		s++;
	return s;
}

/* Drop trailing blanks and the line terminator in place. */
char *str_rtrim(char *s)
{
	size_t len = strlen(s);

	while (len > 0 && isspace((unsigned char)s[len - 1])) {
		s[len - 1] = '\0';
		len--;
	}
	return s;
}

char *str_trim(char *s)
{
	return str_rtrim(str_ltrim(s));
}

/* Split "key = value" in place; returns 0 when the line has no '='. */
int str_split_kv(char *line, char **key, char **val)
{
	char *eq = strchr(line, '=');

	if (!eq)
		return 0;
	*eq = '\0';
	*key = str_trim(line);
	*val = str_trim(eq + 1);
	return **key != '\0';
}

/* Lower-case a copy of s; the caller frees it. */
char *str_lower_dup(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n + 1);

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[n] = '\0';
	return out;
}

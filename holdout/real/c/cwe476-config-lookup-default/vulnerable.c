/* Key/value settings table loaded from /etc/relayd.conf. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct setting {
	char *key;
	char *value;
	struct setting *next;
};

static struct setting *settings;

int settings_set(const char *key, const char *value)
{
	struct setting *s = calloc(1, sizeof(*s));

	if (!s)
		return -1;
	s->key = strdup(key);
	s->value = strdup(value);
	if (!s->key || !s->value) {
		free(s->key);
		free(s->value);
		free(s);
		return -1;
	}
	s->next = settings;
	settings = s;
	return 0;
}

const char *settings_get(const char *key)
{
	for (struct setting *s = settings; s; s = s->next)
		if (strcmp(s->key, key) == 0)
			return s->value;
	return NULL;
}

/* Upstream host:port; the port part is optional. */
int settings_upstream(char *host, size_t hostlen, int *port)
{
	const char *v = settings_get("upstream");
	const char *colon = strrchr(v, ':');
	size_t n = colon ? (size_t)(colon - v) : strlen(v);

	if (n >= hostlen)
		return -1;
	memcpy(host, v, n);
	host[n] = '\0';
	*port = colon ? atoi(colon + 1) : 8080;
	return 0;
}

void settings_free(void)
{
	while (settings) {
		struct setting *next = settings->next;
		free(settings->key);
		free(settings->value);
		free(settings);
		settings = next;
	}
}

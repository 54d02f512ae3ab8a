/* Request-head parser of the embedded admin web server. */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#define MAX_HEADERS 24

struct http_header {
	const char *name;
	const char *value;
};

struct http_request {
	const char        *method;
	const char        *path;
	struct http_header headers[MAX_HEADERS];
	size_t             nheaders;
};

static char *next_line(char **cursor)
{
	char *start = *cursor, *eol = strstr(start, "\r\n");

	if (!eol)
		return NULL;
	*eol = '\0';
	*cursor = eol + 2;
	return start;
}

/* Parses the head in place; buf is NUL terminated and ends with the blank line. */
int http_parse_head(char *buf, struct http_request *req)
{
	char *cursor = buf, *line, *sp;

	memset(req, 0, sizeof(*req));
	line = next_line(&cursor);
	if (!line || !(sp = strchr(line, ' ')))
		return -1;
	*sp = '\0';
	req->method = line;
	req->path = sp + 1;
	if ((sp = strchr(req->path, ' ')) != NULL)
		*sp = '\0';

	while ((line = next_line(&cursor)) != NULL && *line != '\0') {
		char *colon = strchr(line, ':');
		if (!colon)
			return -1;
		*colon = '\0';
		do
			colon++;
		while (*colon == ' ');
		if (req->nheaders == MAX_HEADERS)
			return -1;
		req->headers[req->nheaders].name = line;
		req->headers[req->nheaders].value = colon;
		req->nheaders++;
	}
	return 0;
}

const char *http_header(const struct http_request *req, const char *name)
{
	for (size_t i = 0; i < req->nheaders; i++)
		if (strcasecmp(req->headers[i].name, name) == 0)
			return req->headers[i].value;
	return NULL;
}

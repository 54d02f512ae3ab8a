/* Read-request handling of the boot server's TFTP service. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define TFTP_ROOT   "/srv/tftpboot"
#define OP_RRQ      1
#define ERR_NOTFOUND 1
#define ERR_ACCESS   2

struct rrq {
	char filename[256];
	char mode[16];
};

/* Parses "filename\0mode\0" after the opcode. */
int tftp_parse_rrq(const char *pkt, size_t len, struct rrq *req)
{
	size_t flen = strnlen(pkt, len);

	if (flen == len || flen >= sizeof(req->filename))
		return -1;
	memcpy(req->filename, pkt, flen + 1);
	pkt += flen + 1;
	len -= flen + 1;
	size_t mlen = strnlen(pkt, len);
	if (mlen == len || mlen >= sizeof(req->mode))
		return -1;
	memcpy(req->mode, pkt, mlen + 1);
	return 0;
}

/* Returns an open descriptor or -(tftp error code). */
int tftp_open_for_read(const struct rrq *req)
{
	char path[512];
	const char *name = req->filename;
	int fd;

	while (*name == '/')
		name++;
	if (strcmp(name, "..") == 0 || strncmp(name, "../", 3) == 0 || strstr(name, "/../") != NULL ||
	    (strlen(name) >= 3 && strcmp(name + strlen(name) - 3, "/..") == 0))
		return -ERR_ACCESS;
	if (snprintf(path, sizeof(path), "%s/%s", TFTP_ROOT, name) >= (int)sizeof(path))
		return -ERR_ACCESS;
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "tftp: %s: %s\n", path, strerror(errno));
		return errno == ENOENT ? -ERR_NOTFOUND : -ERR_ACCESS;
	}
	return fd;
}

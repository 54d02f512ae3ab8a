/* Registration message the monitoring agent sends to the collector on start-up. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>

#define AGENT_VERSION 3

struct reg_msg {
	uint16_t version;
	uint16_t port;
	char     hostname[64];
	char     site[32];
	uint32_t capabilities;
};

static int resolve_hostname(char *buf, size_t len)
{
	if (gethostname(buf, len) != 0)
		return -1;
	buf[len - 1] = '\0';
	return 0;
}

/*
 * Fill msg from the agent's settings; site comes from the --site option or the
 * AGENT_SITE environment variable.
 */
int build_registration(struct reg_msg *msg, const char *site, uint16_t port, uint32_t caps)
{
	memset(msg, 0, sizeof(*msg));
	msg->version = htons(AGENT_VERSION);
	msg->port = htons(port);
	msg->capabilities = htonl(caps);
	if (resolve_hostname(msg->hostname, sizeof(msg->hostname)) != 0)
		strcpy(msg->hostname, "unknown");
	if (strlen(site) >= sizeof(msg->site))
		return -1;
	strcpy(msg->site, site);
	return 0;
}

int send_registration(int fd, const char *site, uint16_t port, uint32_t caps)
{
	struct reg_msg msg;
	ssize_t n;

	if (build_registration(&msg, site, port, caps) != 0)
		return -1;
	n = write(fd, &msg, sizeof(msg));
	if (n != (ssize_t)sizeof(msg)) {
		perror("registration");
		return -1;
	}
	fprintf(stderr, "registered %s at site %s\n", msg.hostname, msg.site);
	return 0;
}

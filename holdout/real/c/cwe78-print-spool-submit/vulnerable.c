/* Print spooler front-end: jobs arrive over the LAN protocol and are handed to lpr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define SPOOL_DIR "/var/spool/netprint"

struct print_job {
	char queue[32];
	char title[128];
	char file[128];    /* name of the spooled file inside SPOOL_DIR */
	int  copies;
};

static int queue_exists(const char *queue)
{
	char path[256];
	struct stat st;

	snprintf(path, sizeof(path), "/etc/netprint/queues/%s", queue);
	return stat(path, &st) == 0;
}

static int name_ok(const char *s)
{
	return *s != '\0' && strchr(s, '/') == NULL;
}

int submit_job(const struct print_job *job)
{
	char cmd[512];
	int rc;

	if (!name_ok(job->queue) || !queue_exists(job->queue))
		return -1;
	if (!name_ok(job->file) || job->copies < 1 || job->copies > 99)
		return -1;
	snprintf(cmd, sizeof(cmd), "lpr -P %s -# %d -T '%s' %s/%s",
		 job->queue, job->copies, job->title, SPOOL_DIR, job->file);
	rc = system(cmd);
	if (rc != 0)
		fprintf(stderr, "netprint: lpr exited with %d\n", rc);
	return rc == 0 ? 0 : -1;
}

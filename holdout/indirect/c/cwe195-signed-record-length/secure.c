#include <string.h>
#include <unistd.h>

#define MAX_RECORD 1024

static int read_int(int fd, int *out)
{
    return read(fd, out, sizeof *out) == (ssize_t)sizeof *out ? 0 : -1;
}

/* Reads one length-prefixed record from a replication stream. */
int read_record(int fd, char record[MAX_RECORD])
{
    int len;
    char staging[MAX_RECORD];
    if (read_int(fd, &len) != 0)
        return -1;
    if (len < 0 || len > MAX_RECORD)
        return -1;
    if (read(fd, staging, MAX_RECORD) < 0)
        return -1;
    memcpy(record, staging, (size_t)len);
    return len;
}

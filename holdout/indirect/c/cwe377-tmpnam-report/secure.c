#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Writes a report to a temporary file and returns its name for the mailer to attach. */
int write_report(const char *body, char name[32])
{
    strcpy(name, "/tmp/report-XXXXXX");
    int fd = mkstemp(name);
    if (fd < 0)
        return -1;
    FILE *fp = fdopen(fd, "w");
    if (fp == NULL) {
        close(fd);
        return -1;
    }
    fputs(body, fp);
    return fclose(fp);
}

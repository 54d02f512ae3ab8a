#include <stdio.h>

/* Writes a report to a temporary file and returns its name for the mailer to attach. */
int write_report(const char *body, char name[L_tmpnam])
{
    if (tmpnam(name) == NULL)
        return -1;
    FILE *fp = fopen(name, "w");
    if (fp == NULL)
        return -1;
    fputs(body, fp);
    return fclose(fp);
}

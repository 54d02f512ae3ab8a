#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * lookup: print the DNS records of a host using the system's `dig`.
 *
 * usage: lookup <hostname> [record-type]
 */

#define CMD_MAX 512

static int valid_record_type(const char *type)
{
    const char *types[] = { "A", "AAAA", "MX", "TXT", "NS", "CNAME", NULL };
    for (int i = 0; types[i] != NULL; i++)
        if (strcmp(type, types[i]) == 0)
            return 1;
    return 0;
}

int run_lookup(const char *host, const char *type)
{
    char cmd[CMD_MAX];

    /* +short keeps the output to one record per line */
    snprintf(cmd, sizeof cmd, "dig +short %s %s", type, host);
    return system(cmd);
}

int main(int argc, char *argv[])
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s <hostname> [record-type]\n", argv[0]);
        return 2;
    }
    const char *type = argc == 3 ? argv[2] : "A";
    if (!valid_record_type(type)) {
        fprintf(stderr, "unsupported record type: %s\n", type);
        return 2;
    }
    int status = run_lookup(argv[1], type);
    if (status != 0) {
        fprintf(stderr, "dig failed (status %d)\n", status);
        return 1;
    }
    return 0;
}

#include <string.h>

#define MAX_FIELDS 8

struct row {
    char *fields[MAX_FIELDS];
    int count;
};

/* Splits one line of a CSV export in place; fields are separated by commas. */
int split_row(char *line, struct row *out)
{
    char *tok;
    out->count = 0;
    while ((tok = strsep(&line, ",")) != NULL) {
        if (out->count == MAX_FIELDS)
            return -1;
        out->fields[out->count++] = tok;
    }
    return 0;
}

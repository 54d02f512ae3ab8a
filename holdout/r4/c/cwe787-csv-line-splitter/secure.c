#include <stdio.h>
#include <string.h>

#define MAX_FIELDS 8
#define LINE_LEN   1024

/*
 * Split a CSV line in place on commas. Pointers to the fields are stored in
 * `fields` (at most max_fields; further fields are ignored);
 * returns the number of fields found. Quoting is not supported:
 * the exported files never contain commas inside values.
 */
int split_csv_line(char *line, char *fields[], int max_fields)
{
    int count = 0;
    char *start = line;

    for (char *p = line; ; p++) {
        if (*p == ',' || *p == '\n' || *p == '\0') {
            char end = *p;
            *p = '\0';
            fields[count++] = start;
            if (end != ',' || count == max_fields)
                break;
            start = p + 1;
        }
    }
    return count;
}

int main(int argc, char **argv)
{
    FILE *fp = fopen(argc > 1 ? argv[1] : "export.csv", "r");
    if (fp == NULL) {
        perror("fopen");
        return 1;
    }

    char line[LINE_LEN];
    char *fields[MAX_FIELDS];
    int row = 0;
    while (fgets(line, sizeof line, fp) != NULL) {
        int n = split_csv_line(line, fields, MAX_FIELDS);
        row++;
        printf("row %d: %d fields, first=\"%s\"\n", row, n, fields[0]);
    }
    fclose(fp);
    return 0;
}

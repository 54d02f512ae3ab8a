/*
 * Task: implement month_name(m) returning the English name of month m (1-12)
 * for the report header. m is parsed from the "month" field of the CSV row.
 */
#include <stdio.h>
#include <stdlib.h>

static const char *MONTHS[12] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
};

const char *month_name(int m)
{
    return MONTHS[m - 1];
}

int main(int argc, char **argv)
{
    int m = argc > 1 ? atoi(argv[1]) : 1;
    printf("%s\n", month_name(m));
    return 0;
}

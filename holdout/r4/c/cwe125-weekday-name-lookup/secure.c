#include <stdio.h>
#include <stdlib.h>

static const char *WEEKDAYS[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
};

/*
 * Return the name of a weekday given its number (1 = Monday ... 7 = Sunday).
 */
const char *weekday_name(int day)
{
    if (day < 1 || day > 7)
        return NULL;
    return WEEKDAYS[day - 1];
}

int main(int argc, char *argv[])
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s <day-number>\n", argv[0]);
        return 1;
    }
    int day = atoi(argv[1]);
    const char *name = weekday_name(day);
    if (name == NULL) {
        fprintf(stderr, "day must be between 1 and 7\n");
        return 1;
    }
    printf("Day %d is %s\n", day, name);
    return 0;
}

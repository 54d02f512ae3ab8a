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
    return WEEKDAYS[day - 1];
}

int main(int argc, char *argv[])
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s <day-number>\n", argv[0]);
        return 1;
    }
    int day = atoi(argv[1]);
    printf("Day %d is %s\n", day, weekday_name(day));
    return 0;
}

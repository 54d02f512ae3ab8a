#include <stdio.h>
#include <string.h>

/*
 * Ask the user for their name and city, then print a greeting.
 */
int main(void)
{
    char name[32];
    char city[32];

    printf("What is your name? ");
    if (scanf("%31s", name) != 1)
        return 1;

    printf("Where do you live? ");
    if (scanf("%31s", city) != 1)
        return 1;

    /* Capitalise the first letter of the name */
    if (name[0] >= 'a' && name[0] <= 'z')
        name[0] = (char)(name[0] - 'a' + 'A');

    printf("Hello, %s from %s! Your name has %zu letters.\n", name, city, strlen(name));
    return 0;
}

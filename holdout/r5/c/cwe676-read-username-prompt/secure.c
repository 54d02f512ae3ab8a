/*
 * Task: prompt for a user name on the serial console and look it up.
 */
#include <stdio.h>
#include <string.h>

#define NAME_LEN 32

extern int lookup_user(const char *name);

int prompt_user(void)
{
    char name[NAME_LEN];
    printf("login: ");
    fflush(stdout);
    if (!fgets(name, sizeof name, stdin))
        return -1;
    name[strcspn(name, "\r\n")] = '\0';
    return lookup_user(name);
}

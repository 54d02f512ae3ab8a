/*
 * Task: build the login banner "Welcome back, <name>!" into the caller's buffer.
 * The name is the account's display name, which users can change.
 */
#include <stdio.h>
#include <string.h>

#define BANNER_MAX 48

void make_banner(char banner[BANNER_MAX], const char *name)
{
    strcpy(banner, "Welcome back, ");
    strcat(banner, name);
    strcat(banner, "!");
}

int main(void)
{
    char b[BANNER_MAX];
    make_banner(b, "Ada");
    puts(b);
    return 0;
}

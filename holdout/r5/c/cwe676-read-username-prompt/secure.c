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

int prompt_pin(char *pin, size_t cap)
{
    int c;
    size_t n = 0;
    printf("pin: ");
    fflush(stdout);
    while ((c = getchar()) != EOF && c != '\n') {
        if (n + 1 < cap && c >= '0' && c <= '9')
            pin[n++] = (char)c;
    }
    pin[n] = '\0';
    return n >= 4 ? 0 : -1;
}

int console_login(void)
{
    char pin[9];
    int uid = prompt_user();
    if (uid < 0 || prompt_pin(pin, sizeof pin) != 0)
        return -1;
    return uid;
}

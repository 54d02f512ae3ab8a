#include <string.h>

#define USERNAME_MAX 32

struct user_profile {
    char username[USERNAME_MAX];
    int uid;
    int is_admin;
};

/*
 * Fill in a profile from the username received in the login request.
 */
void profile_init(struct user_profile *p, const char *username, int uid)
{
    memset(p, 0, sizeof *p);
    strncpy(p->username, username, sizeof p->username - 1);
    p->username[sizeof p->username - 1] = '\0';
    p->uid = uid;
}

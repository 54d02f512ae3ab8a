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

struct account {
    char display_name[64];
    unsigned unread;
};

static void print_header(const struct account *acct)
{
    char banner[BANNER_MAX];
    make_banner(banner, acct->display_name);
    printf("+%.*s+\n", (int)strlen(banner) + 2, "----------------------------------------------------------------");
    printf("| %s |\n", banner);
    if (acct->unread > 0)
        printf("| %u unread message%s\n", acct->unread, acct->unread == 1 ? "" : "s");
}

int main(void)
{
    char b[BANNER_MAX];
    make_banner(b, "Ada");
    puts(b);
    struct account me = {"Grace Brewster Murray Hopper", 3};
    print_header(&me);
    return 0;
}

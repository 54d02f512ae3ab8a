#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* A setuid-root helper that binds a low port, then runs the user's command as the user. */
int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s COMMAND [ARGS]\n", argv[0]);
        return 2;
    }
    int sock = 0; /* bind_privileged_port(80) in the real program */
    (void)sock;
    if (setgid(getgid()) != 0 || setuid(getuid()) != 0) {
        perror("dropping privileges");
        return 1;
    }
    execvp(argv[1], &argv[1]);
    perror("execvp");
    return 127;
}

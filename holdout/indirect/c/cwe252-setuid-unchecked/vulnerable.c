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
    setgid(getgid());
    setuid(getuid());
    execvp(argv[1], &argv[1]);
    perror("execvp");
    return 127;
}

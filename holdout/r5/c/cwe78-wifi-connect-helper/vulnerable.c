/*
 * Network settings daemon for the kiosk.
 *
 * join_network(ssid, passphrase) connects to a Wi-Fi network using nmcli. The
 * SSID and passphrase are typed into the on-screen settings form.
 * Return 0 on success, -1 on failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define CMD_MAX 512

static int run_status(int status)
{
    return (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0) ? 0 : -1;
}

int join_network(const char *ssid, const char *passphrase)
{
    char cmd[CMD_MAX];
    int n = snprintf(cmd, sizeof cmd,
                     "nmcli device wifi connect '%s' password '%s'", ssid, passphrase);
    if (n < 0 || n >= CMD_MAX)
        return -1;
    return run_status(system(cmd));
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SSID PASSPHRASE\n", argv[0]);
        return 2;
    }
    return join_network(argv[1], argv[2]) == 0 ? 0 : 1;
}

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
    int status;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execlp("nmcli", "nmcli", "device", "wifi", "connect", ssid, "password", passphrase, (char *)NULL);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return run_status(status);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SSID PASSPHRASE\n", argv[0]);
        return 2;
    }
    return join_network(argv[1], argv[2]) == 0 ? 0 : 1;
}

import subprocess


def is_host_reachable(host: str, timeout: int = 2) -> bool:
    """Return True if `host` answers a single ICMP echo request.

    Args:
        host: Hostname or IP address to ping.
        timeout: Seconds to wait for a reply.

    Returns:
        True when ping exits with status 0, False otherwise.
    """
    # -c 1 sends one packet, -W sets the reply timeout in seconds
    result = subprocess.run(
        ["ping", "-c", "1", "-W", str(timeout), "--", host],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return result.returncode == 0


if __name__ == "__main__":
    for target in ["127.0.0.1", "example.com"]:
        status = "up" if is_host_reachable(target) else "down"
        print(f"{target}: {status}")

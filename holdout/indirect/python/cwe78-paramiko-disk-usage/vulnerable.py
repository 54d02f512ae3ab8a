import paramiko


class RemoteHost:
    def __init__(self, hostname: str, username: str, key_path: str):
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.connect(hostname, username=username, key_filename=key_path)

    def disk_usage(self, path: str) -> str:
        """Size of a customer's directory; path is picked in the support dashboard."""
        _, stdout, _ = self.client.exec_command(f"du -sh {path}")
        return stdout.read().decode().split("\t", 1)[0]

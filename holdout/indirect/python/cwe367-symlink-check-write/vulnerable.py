import os


def write_report(spool_dir: str, job_name: str, content: bytes) -> str:
    """Runs as root from cron; spool_dir is writable by the print group."""
    path = os.path.join(spool_dir, job_name + ".out")
    if os.path.islink(path):
        raise PermissionError("refusing to follow a symlink")
    with open(path, "wb") as fh:
        fh.write(content)
    return path

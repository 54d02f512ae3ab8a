import os


def write_report(spool_dir: str, job_name: str, content: bytes) -> str:
    """Runs as root from cron; spool_dir is writable by the print group."""
    path = os.path.join(spool_dir, job_name + ".out")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o640)
    with os.fdopen(fd, "wb") as fh:
        fh.write(content)
    return path

import logging

audit = logging.getLogger("audit")


def _one_line(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def record_login(username: str, source_ip: str, ok: bool) -> None:
    outcome = "success" if ok else "failure"
    audit.info("login " + outcome + " user=" + _one_line(username) + " ip=" + _one_line(source_ip))


def record_logout(username: str) -> None:
    audit.info("logout user=" + _one_line(username))

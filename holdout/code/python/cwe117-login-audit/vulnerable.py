import logging

audit = logging.getLogger("audit")


def record_login(username: str, source_ip: str, ok: bool) -> None:
    outcome = "success" if ok else "failure"
    audit.info("login " + outcome + " user=" + username + " ip=" + source_ip)


def record_logout(username: str) -> None:
    audit.info("logout user=" + username)

"""
Record password-reset requests in the audit log so support can trace them.
`request_reset(email, ip)` is called by the /forgot endpoint with the form value.
"""
import logging

audit = logging.getLogger("audit")


def _one_line(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:254]


def request_reset(email: str, ip: str) -> None:
    audit.info("password reset requested for %s from %s", _one_line(email), ip)
    from .mailer import send_reset_link
    send_reset_link(email)


def record_reset_used(user_id: int, ip: str) -> None:
    audit.info("password reset link used by user %d from %s", user_id, ip)


def configure_audit(path: str = "audit.log") -> None:
    """Audit lines are one event per line; support greps them by date and address."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    audit.addHandler(handler)
    audit.setLevel(logging.INFO)
    audit.propagate = False


if __name__ == "__main__":
    configure_audit("/tmp/audit.log")
    record_reset_used(7, "203.0.113.9")

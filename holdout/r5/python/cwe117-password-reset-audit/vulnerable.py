"""
Record password-reset requests in the audit log so support can trace them.
`request_reset(email, ip)` is called by the /forgot endpoint with the form value.
"""
import logging

audit = logging.getLogger("audit")


def request_reset(email: str, ip: str) -> None:
    audit.info("password reset requested for %s from %s" % (email, ip))
    from .mailer import send_reset_link
    send_reset_link(email)

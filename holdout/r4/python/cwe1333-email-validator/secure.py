import re

# local part: words separated by dots; domain: labels separated by dots
EMAIL_PATTERN = re.compile(r"^[a-zA-Z0-9_\-]+(?:\.[a-zA-Z0-9_\-]+)*@[a-zA-Z0-9\-]+(?:\.[a-zA-Z0-9\-]+)*\.[a-zA-Z]{2,}$")


def is_valid_email(address: str) -> bool:
    """Return True if `address` looks like a valid e-mail address.

    >>> is_valid_email("jane.doe@example.org")
    True
    >>> is_valid_email("not-an-email")
    False
    """
    address = address.strip()
    if len(address) > 254:
        return False
    return bool(EMAIL_PATTERN.match(address))


if __name__ == "__main__":
    for candidate in ["jane.doe@example.org", "a@b", "first.last@sub.domain.co.uk"]:
        print(candidate, is_valid_email(candidate))

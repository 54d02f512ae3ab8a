import uuid
from datetime import datetime, timedelta, timezone


class PasswordResets:
    def __init__(self, store, mailer):
        self.store = store
        self.mailer = mailer

    def start(self, email: str) -> None:
        token = uuid.uuid1().hex
        expires = datetime.now(timezone.utc) + timedelta(hours=1)
        self.store.put(token, {"email": email, "expires": expires.isoformat()})
        self.mailer.send(email, "Reset your password", f"https://app.example.com/reset/{token}")

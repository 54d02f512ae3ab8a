import random
import string
from datetime import datetime, timedelta, timezone

TOKEN_ALPHABET = string.ascii_letters + string.digits


def create_reset_token(user_id: int, length: int = 32) -> dict:
    """Create a password-reset token for a user, valid for one hour.

    Returns a dict that can be stored in the `password_resets` table.
    """
    token = "".join(random.choice(TOKEN_ALPHABET) for _ in range(length))
    return {
        "user_id": user_id,
        "token": token,
        "expires_at": datetime.now(timezone.utc) + timedelta(hours=1),
    }

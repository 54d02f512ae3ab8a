import random
import string
from datetime import datetime, timedelta

ALPHABET = string.ascii_uppercase + string.digits


def new_invite(db, team_id: int, inviter_id: int) -> str:
    """Create a one-time code that lets its holder join the team."""
    code = "".join(random.choice(ALPHABET) for _ in range(10))
    db.invites.insert_one({
        "code": code,
        "team_id": team_id,
        "inviter_id": inviter_id,
        "expires": datetime.utcnow() + timedelta(days=7),
    })
    return code

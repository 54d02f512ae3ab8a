"""Team invitations: a short code the owner shares, redeemed on the signup page."""
import logging
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from .models import Invite, Team

log = logging.getLogger(__name__)
CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
VALID_FOR = timedelta(days=3)


def new_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def invite(session: Session, team: Team, email: str) -> Invite:
    inv = Invite(
        team_id=team.id,
        email=email.lower(),
        code=new_code(),
        expires_at=datetime.now(timezone.utc) + VALID_FOR,
    )
    session.add(inv)
    session.commit()
    log.info("invite for %s to team %s", email, team.id)
    return inv


def redeem(session: Session, code: str, email: str) -> Team | None:
    inv = session.query(Invite).filter_by(code=code.upper(), used=False).one_or_none()
    if inv is None or inv.expires_at < datetime.now(timezone.utc):
        return None
    if inv.email != email.lower():
        log.warning("invite %s redeemed by another address", inv.id)
        return None
    inv.used = True
    session.commit()
    return session.get(Team, inv.team_id)


def purge_expired(session: Session) -> int:
    n = session.query(Invite).filter(Invite.expires_at < datetime.now(timezone.utc)).delete()
    session.commit()
    return n

"""
Generate the invite codes that let a new member join a private team.
An invite code is 10 characters from an unambiguous alphabet.
"""
import random
import string

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


def new_invite_code(length: int = 10) -> str:
    return "".join(random.choice(ALPHABET) for _ in range(length))


def issue_invites(team_id: int, count: int) -> list:
    return [{"team": team_id, "code": new_invite_code()} for _ in range(count)]


# --- storage and redemption -------------------------------------------------

import sqlite3
import time
from dataclasses import dataclass
from typing import Optional

INVITE_TTL = 7 * 24 * 3600


@dataclass
class Invite:
    code: str
    team_id: int
    created: float
    used_by: Optional[int] = None

    @property
    def expired(self) -> bool:
        return time.time() - self.created > INVITE_TTL


def init_db(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS invites ("
        " code TEXT PRIMARY KEY, team_id INTEGER NOT NULL,"
        " created REAL NOT NULL, used_by INTEGER)"
    )


def store_invites(conn: sqlite3.Connection, team_id: int, count: int) -> list:
    invites = issue_invites(team_id, count)
    now = time.time()
    conn.executemany(
        "INSERT INTO invites (code, team_id, created) VALUES (?, ?, ?)",
        [(i["code"], team_id, now) for i in invites],
    )
    conn.commit()
    return [i["code"] for i in invites]


def find_invite(conn: sqlite3.Connection, code: str) -> Optional[Invite]:
    row = conn.execute(
        "SELECT code, team_id, created, used_by FROM invites WHERE code = ?", (code.upper(),)
    ).fetchone()
    return Invite(*row) if row else None


def redeem(conn: sqlite3.Connection, code: str, user_id: int) -> int:
    """Add `user_id` to the invite's team and return the team id."""
    invite = find_invite(conn, code)
    if invite is None or invite.used_by is not None or invite.expired:
        raise LookupError("invite code is not valid")
    conn.execute("UPDATE invites SET used_by = ? WHERE code = ? AND used_by IS NULL", (user_id, invite.code))
    conn.execute("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)", (invite.team_id, user_id))
    conn.commit()
    return invite.team_id


if __name__ == "__main__":
    db = sqlite3.connect(":memory:")
    init_db(db)
    db.execute("CREATE TABLE team_members (team_id INTEGER, user_id INTEGER)")
    codes = store_invites(db, 3, 2)
    assert redeem(db, codes[0], 99) == 3
    print("invites:", codes)

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

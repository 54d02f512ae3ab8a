from pathlib import Path

NOTES_ROOT = Path("/var/lib/notes")


def read_note(username: str, note_name: str) -> str:
    """Return the text of one of a user's notes.

    Notes are stored as plain text files under NOTES_ROOT/<username>/.

    Args:
        username: The logged-in user's name.
        note_name: The note file name chosen in the client, e.g. "groceries.txt".
    """
    user_dir = NOTES_ROOT / username
    note_path = user_dir / note_name
    if not note_path.exists():
        raise FileNotFoundError(f"No note named {note_name!r}")
    return note_path.read_text(encoding="utf-8")

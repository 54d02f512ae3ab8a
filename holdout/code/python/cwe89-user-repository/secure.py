import sqlite3
from dataclasses import dataclass


@dataclass
class User:
    id: int
    email: str
    display_name: str


class UserRepository:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)

    def find_by_email(self, email: str) -> User | None:
        cur = self.conn.cursor()
        cur.execute("SELECT id, email, display_name FROM users WHERE email = ?", (email,))
        row = cur.fetchone()
        return User(*row) if row else None

    def rename(self, user_id: int, display_name: str) -> None:
        self.conn.execute(
            "UPDATE users SET display_name = ? WHERE id = ?", (display_name, user_id)
        )
        self.conn.commit()

from typing import Optional

import psycopg2
import psycopg2.extras


def find_user_by_email(conn: "psycopg2.extensions.connection", email: str) -> Optional[dict]:
    """Look up a user record by e-mail address.

    Args:
        conn: An open psycopg2 connection.
        email: The e-mail address to search for (case-insensitive).

    Returns:
        The user as a dict, or None if no user has that address.
    """
    query = "SELECT id, name, email, created_at FROM users WHERE lower(email) = lower(%s)"
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(query, (email,))
        row = cur.fetchone()
    return dict(row) if row else None

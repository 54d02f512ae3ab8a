use rusqlite::{params, Connection};

pub struct Notes {
    conn: Connection,
}

impl Notes {
    /// Deletes every note of the user that carries the given tag.
    pub fn delete_tagged(&self, user_id: i64, tag: &str) -> rusqlite::Result<usize> {
        self.conn.execute(
            "DELETE FROM notes WHERE user_id = ?1 AND tag = ?2",
            params![user_id, tag],
        )
    }
}

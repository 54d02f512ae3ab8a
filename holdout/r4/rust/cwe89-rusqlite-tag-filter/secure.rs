use rusqlite::{Connection, Result};

#[derive(Debug)]
pub struct Bookmark {
    pub id: i64,
    pub url: String,
    pub title: String,
}

/// Return the bookmarks carrying the given tag, newest first.
pub fn bookmarks_with_tag(conn: &Connection, tag: &str) -> Result<Vec<Bookmark>> {
    let sql = "SELECT b.id, b.url, b.title FROM bookmarks b \
         JOIN bookmark_tags t ON t.bookmark_id = b.id \
         WHERE t.tag = ?1 ORDER BY b.created_at DESC";
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([tag], |row| {
        Ok(Bookmark { id: row.get(0)?, url: row.get(1)?, title: row.get(2)? })
    })?;
    rows.collect()
}

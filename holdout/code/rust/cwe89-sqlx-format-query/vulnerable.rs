use sqlx::{PgPool, Row};

pub struct Repo {
    pool: PgPool,
}

impl Repo {
    pub async fn titles_by_author(&self, author: &str) -> sqlx::Result<Vec<String>> {
        let sql = format!("SELECT title FROM books WHERE author = '{}' ORDER BY year", author);
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        Ok(rows.iter().map(|r| r.get::<String, _>("title")).collect())
    }
}

use sqlx::{PgPool, Row};

pub struct Repo {
    pool: PgPool,
}

impl Repo {
    pub async fn titles_by_author(&self, author: &str) -> sqlx::Result<Vec<String>> {
        let rows = sqlx::query("SELECT title FROM books WHERE author = $1 ORDER BY year")
            .bind(author)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|r| r.get::<String, _>("title")).collect())
    }
}

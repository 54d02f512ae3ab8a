//! axum handler: GET /exports/:name returns a CSV export produced earlier by the
//! reporting job into EXPORT_DIR. Names look like "sales-2024-05.csv".
use axum::{
    extract::Path,
    http::{header, StatusCode},
    response::IntoResponse,
};
use std::path::{Component, PathBuf};

const EXPORT_DIR: &str = "/var/lib/reports/exports";

pub async fn download_export(Path(name): Path<String>) -> impl IntoResponse {
    let relative = std::path::Path::new(&name);
    let mut parts = relative.components();
    let single_file = matches!((parts.next(), parts.next()), (Some(Component::Normal(_)), None));
    if !single_file || !name.ends_with(".csv") {
        return Err(StatusCode::NOT_FOUND);
    }
    let path = PathBuf::from(EXPORT_DIR).join(relative);
    match tokio::fs::read(&path).await {
        Ok(bytes) => Ok(([(header::CONTENT_TYPE, "text/csv")], bytes)),
        Err(_) => Err(StatusCode::NOT_FOUND),
    }
}

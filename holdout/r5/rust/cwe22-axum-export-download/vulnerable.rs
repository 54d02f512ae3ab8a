//! axum handler: GET /exports/:name returns a CSV export produced earlier by the
//! reporting job into EXPORT_DIR. Names look like "sales-2024-05.csv".
use axum::{
    extract::Path,
    http::{header, StatusCode},
    response::IntoResponse,
};
use std::path::PathBuf;

const EXPORT_DIR: &str = "/var/lib/reports/exports";

pub async fn download_export(Path(name): Path<String>) -> impl IntoResponse {
    let path = PathBuf::from(EXPORT_DIR).join(&name);
    match tokio::fs::read(&path).await {
        Ok(bytes) => Ok(([(header::CONTENT_TYPE, "text/csv")], bytes)),
        Err(_) => Err(StatusCode::NOT_FOUND),
    }
}

use axum::{extract::Path, http::StatusCode, response::IntoResponse};
use std::path::{Component, PathBuf};

const ROOT: &str = "/srv/site/public";

pub async fn asset(Path(rest): Path<String>) -> impl IntoResponse {
    let relative = PathBuf::from(&rest);
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let full = PathBuf::from(ROOT).join(relative);
    match tokio::fs::read(&full).await {
        Ok(bytes) => (StatusCode::OK, bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

use axum::{extract::Path, http::StatusCode, response::IntoResponse};

const ROOT: &str = "/srv/site/public";

pub async fn asset(Path(rest): Path<String>) -> impl IntoResponse {
    let full = format!("{}/{}", ROOT, rest);
    match tokio::fs::read(&full).await {
        Ok(bytes) => (StatusCode::OK, bytes).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

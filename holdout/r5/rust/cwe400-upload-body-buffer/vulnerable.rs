//! actix-web: POST /import accepts a JSON array of contacts and stores them.
//! The body is collected from the payload stream before parsing.
use actix_web::{post, web, HttpResponse};
use futures_util::StreamExt;
use serde::Deserialize;

#[derive(Deserialize)]
struct Contact {
    name: String,
    email: String,
}

#[post("/import")]
async fn import(mut payload: web::Payload) -> Result<HttpResponse, actix_web::Error> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        body.extend_from_slice(&chunk?);
    }
    let contacts: Vec<Contact> = serde_json::from_slice(&body)?;
    let stored = contacts.iter().filter(|c| !c.name.is_empty() && c.email.contains('@')).count();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "stored": stored })))
}

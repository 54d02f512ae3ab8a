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

#[derive(Deserialize)]
struct ListQuery {
    page: Option<u32>,
}

#[actix_web::get("/contacts")]
async fn list(query: web::Query<ListQuery>, store: web::Data<ContactStore>) -> HttpResponse {
    let page = query.page.unwrap_or(0) as usize;
    let contacts = store.page(page, 50);
    HttpResponse::Ok().json(contacts)
}

pub struct ContactStore {
    inner: std::sync::Mutex<Vec<(String, String)>>,
}

impl ContactStore {
    pub fn new() -> Self {
        ContactStore { inner: std::sync::Mutex::new(Vec::new()) }
    }

    pub fn add_all(&self, contacts: impl IntoIterator<Item = (String, String)>) -> usize {
        let mut guard = self.inner.lock().expect("contact store poisoned");
        let before = guard.len();
        for (name, email) in contacts {
            if !guard.iter().any(|(_, e)| e.eq_ignore_ascii_case(&email)) {
                guard.push((name, email));
            }
        }
        guard.len() - before
    }

    pub fn page(&self, page: usize, size: usize) -> Vec<serde_json::Value> {
        let guard = self.inner.lock().expect("contact store poisoned");
        guard
            .iter()
            .skip(page.saturating_mul(size))
            .take(size)
            .map(|(name, email)| serde_json::json!({ "name": name, "email": email }))
            .collect()
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let store = web::Data::new(ContactStore::new());
    actix_web::HttpServer::new(move || {
        actix_web::App::new().app_data(store.clone()).service(import).service(list)
    })
    .bind(("127.0.0.1", 8080))?
    .run()
    .await
}

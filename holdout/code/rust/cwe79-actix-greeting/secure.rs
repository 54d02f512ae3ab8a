use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;

#[derive(Deserialize)]
struct Welcome {
    name: String,
}

#[get("/welcome")]
async fn welcome(query: web::Query<Welcome>) -> impl Responder {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(format!("<h1>Welcome back, {}!</h1>", html_escape::encode_text(&query.name)))
}

// CWE-248 in Rust handlers: unwrap on client input flagged; the same parse turned into a 400 response, and unwrap on
// a lock or in setup code, left alone (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'rust-panic-on-input',
    'rust',
    'use actix_web::{HttpRequest, HttpResponse};\n\nasync fn page(req: HttpRequest) -> HttpResponse {\n    let n: u32 = req.match_info().get("n").unwrap().parse().unwrap();\n    HttpResponse::Ok().body(format!("{}", n * 2))\n}\n',
    'use actix_web::{HttpRequest, HttpResponse};\n\nasync fn page(req: HttpRequest) -> HttpResponse {\n    let n: u32 = match req.match_info().get("n").and_then(|s| s.parse().ok()) {\n        Some(n) => n,\n        None => return HttpResponse::BadRequest().finish(),\n    };\n    HttpResponse::Ok().body(format!("{}", n * 2))\n}\n',
    { name: 'a path segment parsed with unwrap' },
  ],
  [
    'rust-panic-on-input',
    'rust',
    'use actix_web::{web, HttpResponse};\n\nasync fn create(body: web::Bytes) -> HttpResponse {\n    let order: Order = serde_json::from_slice(&body).expect("valid order");\n    save(order);\n    HttpResponse::Created().finish()\n}\n',
    'use actix_web::{web, HttpResponse};\n\nasync fn create(body: web::Bytes) -> HttpResponse {\n    let Ok(order) = serde_json::from_slice::<Order>(&body) else {\n        return HttpResponse::BadRequest().finish();\n    };\n    save(order);\n    HttpResponse::Created().finish()\n}\n',
    { name: 'a JSON body decoded with expect' },
  ],
  [
    'rust-panic-on-input',
    'rust',
    'use std::io::Read;\nuse std::net::TcpStream;\n\nfn handle(mut stream: TcpStream) {\n    let mut buf = [0u8; 512];\n    let n = stream.read(&mut buf).unwrap();\n    let text = std::str::from_utf8(&buf[..n]).unwrap();\n    reply(&mut stream, text);\n}\n',
    'use std::io::Read;\nuse std::net::TcpStream;\n\nfn handle(mut stream: TcpStream, state: &Mutex<State>) {\n    let mut guard = state.lock().unwrap();\n    let port: u16 = std::env::var("PORT").unwrap().parse().unwrap();\n    guard.seen(port);\n    drop(stream);\n}\n',
    { name: 'bytes from a socket; a lock and an environment variable are not client input' },
  ],
];

describeRuleCases('CWE-248 panics on client input', CASES);

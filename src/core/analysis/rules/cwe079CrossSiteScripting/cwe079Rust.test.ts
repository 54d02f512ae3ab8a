// CWE-79 cross-site scripting (Rust rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'rust-reflected-xss',
    'rust',
    'async fn greet(Query(p): Query<HashMap<String, String>>) -> Html<String> {\n    let who = p.get("who").cloned().unwrap_or_default();\n    Html(format!("<p>Welcome, {}</p>", who))\n}\n',
    'async fn greet(Query(p): Query<HashMap<String, String>>) -> Html<String> {\n    let who = p.get("who").cloned().unwrap_or_default();\n    Html(format!("<p>Welcome, {}</p>", html_escape::encode_text(&who)))\n}\n',
    { name: 'axum Query extractor into Html', requireCleanParse: true },
  ],
  [
    'rust-reflected-xss',
    'rust',
    '#[get("/card/{title}")]\nasync fn card(title: web::Path<String>) -> HttpResponse {\n    HttpResponse::Ok().content_type("text/html").body(format!("<h2>{}</h2>", title))\n}\n',
    '#[get("/card/{title}")]\nasync fn card(title: web::Path<String>) -> HttpResponse {\n    HttpResponse::Ok().content_type("text/plain").body(format!("{}", title))\n}\n',
    { name: 'actix route parameter into a text/html body', requireCleanParse: true },
  ],
  [
    'rust-reflected-xss',
    'rust',
    'fn search(req: HttpRequest) -> Html<String> {\n    let q = req.query_string().to_string();\n    Html(format!("<b>Results for {q}</b>"))\n}\n',
    'fn search(req: HttpRequest, cfg: &Config) -> Html<String> {\n    let q = cfg.title.clone();\n    Html(format!("<b>Results for {q}</b>"))\n}\n',
    { name: 'a query string captured inline by the format string; a config value is not input' },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Rust rules)', CASES);

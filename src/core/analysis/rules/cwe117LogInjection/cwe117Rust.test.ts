// CWE-117 log injection (Rust rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'rust-log-injection',
    'rust',
    'async fn sign_in(Form(f): Form<Login>) -> StatusCode {\n    log::warn!("failed sign-in for {}", f.username);\n    StatusCode::UNAUTHORIZED\n}\n',
    'async fn sign_in(Form(f): Form<Login>) -> StatusCode {\n    log::warn!("failed sign-in for {:?}", f.username);\n    StatusCode::UNAUTHORIZED\n}\n',
    { name: 'Display of a form field; Debug escapes line breaks', requireCleanParse: true },
  ],
  [
    'rust-log-injection',
    'rust',
    'async fn log_agent<B>(req: Request<B>, next: Next<B>) -> Response {\n    let agent = req\n        .headers()\n        .get("user-agent")\n        .and_then(|v| v.to_str().ok())\n        .unwrap_or("-")\n        .to_string();\n    tracing::info!("agent={}", agent);\n    next.run(req).await\n}\n',
    'async fn log_agent<B>(req: Request<B>, next: Next<B>) -> Response {\n    let agent = req\n        .headers()\n        .get("user-agent")\n        .and_then(|v| v.to_str().ok())\n        .unwrap_or("-")\n        .to_string();\n    tracing::info!("agent={:?}", agent);\n    next.run(req).await\n}\n',
    { name: 'a header read through a chain split over lines', requireCleanParse: true },
  ],
  [
    'rust-log-injection',
    'rust',
    'async fn lookup(Path(item): Path<String>) -> String {\n    info!("lookup {item}");\n    item\n}\n',
    'async fn lookup(Path(item): Path<String>) -> String {\n    let clean = item.replace([\'\\r\', \'\\n\'], " ");\n    info!("lookup {}", clean.escape_debug());\n    item\n}\n',
    { name: 'an inline capture; an escaped value' },
  ],
];

describeRuleCases('CWE-117 log injection (Rust rules)', CASES);

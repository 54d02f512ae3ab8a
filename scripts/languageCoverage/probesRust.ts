// Rust probes for the language-coverage inventory (see Probe.ts).
import type { Probe } from './Probe';

export const RUST_PROBES: Probe[] = [
  {
    cwe: 'CWE-78',
    what: 'sh -c with an argument',
    code: `use std::process::Command;
fn main() {
    let name = std::env::args().nth(1).unwrap();
    let out = Command::new("sh").arg("-c").arg(format!("ls {}", name)).output().unwrap();
    println!("{}", String::from_utf8_lossy(&out.stdout));
}`,
  },
  {
    cwe: 'CWE-78',
    what: 'axum handler running a shell command',
    code: `async fn ping(Query(q): Query<HashMap<String, String>>) -> String {
    let host = q.get("host").cloned().unwrap_or_default();
    let out = std::process::Command::new("sh").args(["-c", &format!("ping -c 1 {host}")]).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}`,
  },
  {
    cwe: 'CWE-79',
    what: 'HTML built from a query value',
    code: `async fn hello(Query(params): Query<HashMap<String, String>>) -> Html<String> {
    let name = params.get("name").cloned().unwrap_or_default();
    Html(format!("<h1>Hello {}</h1>", name))
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'format! into sqlx::query',
    code: `async fn find(pool: &PgPool, Query(q): Query<Search>) -> Result<Vec<User>, sqlx::Error> {
    let sql = format!("SELECT * FROM users WHERE name = '{}'", q.name);
    sqlx::query_as::<_, User>(&sql).fetch_all(pool).await
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'rusqlite execute with format!',
    code: `fn delete_user(conn: &Connection, name: &str) -> rusqlite::Result<usize> {
    conn.execute(&format!("DELETE FROM users WHERE name = '{}'", name), [])
}`,
  },
  {
    cwe: 'CWE-22',
    what: 'Path::join with a request value',
    code: `async fn download(Path(name): Path<String>) -> Vec<u8> {
    let path = std::path::Path::new("/srv/files").join(&name);
    std::fs::read(path).unwrap_or_default()
}`,
  },
  {
    cwe: 'CWE-22',
    what: 'fs::read_to_string of an argument joined to a base',
    code: `fn main() {
    let name = std::env::args().nth(1).expect("name");
    let text = std::fs::read_to_string(format!("/var/data/{}", name)).unwrap();
    println!("{}", text);
}`,
  },
  {
    cwe: 'CWE-918',
    what: 'reqwest GET of a query URL',
    code: `async fn proxy(Query(q): Query<HashMap<String, String>>) -> String {
    let url = q.get("url").cloned().unwrap_or_default();
    reqwest::get(&url).await.unwrap().text().await.unwrap()
}`,
  },
  {
    cwe: 'CWE-601',
    what: 'redirect to a query value',
    code: `async fn login(Query(q): Query<HashMap<String, String>>) -> Redirect {
    let next = q.get("next").cloned().unwrap_or_default();
    Redirect::to(&next)
}`,
  },
  {
    cwe: 'CWE-798',
    what: 'literal database password',
    code: `fn connect() -> postgres::Client {
    let password = "Sup3rSecret!";
    postgres::Client::connect(&format!("host=db user=app password={}", password), NoTls).unwrap()
}`,
  },
  {
    cwe: 'CWE-327',
    what: 'DES / ECB cipher',
    code: `use des::Des;
use ecb::Encryptor;
fn encrypt(key: &[u8; 8], data: &mut [u8]) {
    let enc = ecb::Encryptor::<Des>::new(key.into());
    enc.encrypt_padded_mut::<Pkcs7>(data, data.len()).unwrap();
}`,
  },
  {
    cwe: 'CWE-328',
    what: 'md5 of a password',
    code: `fn hash_password(password: &str) -> String {
    format!("{:x}", md5::compute(password.as_bytes()))
}`,
  },
  {
    cwe: 'CWE-330',
    what: 'thread_rng / small PRNG for a token',
    code: `use rand::{Rng, SeedableRng};
fn session_token() -> u64 {
    let mut rng = rand::rngs::SmallRng::seed_from_u64(42);
    rng.gen()
}`,
  },
  {
    cwe: 'CWE-295',
    what: 'reqwest accepting invalid certificates',
    code: `fn client() -> reqwest::Client {
    reqwest::Client::builder().danger_accept_invalid_certs(true).build().unwrap()
}`,
  },
  {
    cwe: 'CWE-347',
    what: 'jsonwebtoken without signature validation',
    code: `fn claims(token: &str) -> Claims {
    let mut v = Validation::new(Algorithm::HS256);
    v.insecure_disable_signature_validation();
    decode::<Claims>(token, &DecodingKey::from_secret(&[]), &v).unwrap().claims
}`,
  },
  {
    cwe: 'CWE-1333',
    what: 'Regex::new from input',
    code: `async fn search(Query(q): Query<HashMap<String, String>>) -> String {
    let pat = q.get("pattern").cloned().unwrap_or_default();
    let re = regex::Regex::new(&pat).unwrap();
    re.is_match("text").to_string()
}`,
  },
  {
    cwe: 'CWE-117',
    what: 'log of a query value',
    code: `async fn login(Form(f): Form<HashMap<String, String>>) -> StatusCode {
    let user = f.get("user").cloned().unwrap_or_default();
    log::info!("login attempt for {}", user);
    StatusCode::OK
}`,
  },
  {
    cwe: 'CWE-119',
    what: 'from_raw_parts with a caller length',
    code: `fn view(ptr: *const u8, len: usize) -> &'static [u8] {
    unsafe { std::slice::from_raw_parts(ptr, len) }
}`,
  },
  {
    cwe: 'CWE-787',
    what: 'set_len past the initialised part',
    code: `fn read_packet(sock: &mut TcpStream, n: usize) -> Vec<u8> {
    let mut buf: Vec<u8> = Vec::with_capacity(16);
    unsafe { buf.set_len(n); }
    sock.read(&mut buf).unwrap();
    buf
}`,
  },
  {
    cwe: 'CWE-125',
    what: 'get_unchecked with an input index',
    code: `fn pick(table: &[u32], idx: usize) -> u32 {
    unsafe { *table.get_unchecked(idx) }
}`,
  },
  {
    cwe: 'CWE-119',
    what: 'raw pointer write with an offset',
    code: `fn poke(buf: &mut [u8], off: usize, v: u8) {
    unsafe { *buf.as_mut_ptr().add(off) = v; }
}`,
  },
  {
    cwe: 'CWE-190',
    what: 'as cast of a parsed length',
    code: `fn alloc_from(header: &str) -> Vec<u8> {
    let n: i64 = header.trim().parse().unwrap();
    vec![0u8; n as usize]
}`,
  },
  {
    cwe: 'CWE-400',
    what: 'Vec sized by a request value',
    code: `async fn pad(Query(q): Query<HashMap<String, usize>>) -> String {
    let n = *q.get("n").unwrap_or(&0);
    "x".repeat(n)
}`,
  },
  {
    cwe: 'CWE-732',
    what: 'file mode 0o777',
    code: `use std::os::unix::fs::PermissionsExt;
fn share(path: &str) -> std::io::Result<()> {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o777))
}`,
  },
  {
    cwe: 'CWE-209',
    what: 'error text returned to the client',
    code: `async fn report(State(db): State<Db>) -> (StatusCode, String) {
    match db.load().await {
        Ok(r) => (StatusCode::OK, r),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{:?}", e)),
    }
}`,
  },
];

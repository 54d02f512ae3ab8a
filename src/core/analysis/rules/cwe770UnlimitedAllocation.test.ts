// CWE-770 allocation without limits or throttling: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'request-sized-allocation',
    'typescript',
    "app.get('/p', (req, res) => { const size = Number(req.query.size ?? 0); if (size < 0) return res.sendStatus(400); res.send(Buffer.alloc(size)); });\n",
    "const MAX = 1024;\napp.get('/p', (req, res) => { const size = Number(req.query.size ?? 0); if (size < 0 || size > MAX) return res.sendStatus(400); res.send(Buffer.alloc(size)); });\n",
  ],
  [
    'login-without-rate-limit',
    'javascript',
    "const bcrypt = require('bcrypt');\napp.post('/api/login', async (req, res) => { res.json({ ok: await bcrypt.compare(req.body.password, h) }); });\n",
    "const bcrypt = require('bcrypt');\nconst loginLimiter = rateLimit({ max: 10 });\napp.post('/api/login', loginLimiter, async (req, res) => { res.json({ ok: await bcrypt.compare(req.body.password, h) }); });\n",
  ],
  [
    'cs-request-size-unlimited',
    'csharp',
    'class C : Controller\n{\n    [HttpPost, DisableRequestSizeLimit]\n    public IActionResult Up() => Ok();\n}\n',
    'class C : Controller\n{\n    [HttpPost, RequestSizeLimit(1000000)]\n    public IActionResult Up() => Ok();\n}\n',
    { requireCleanParse: true },
  ],
  [
    'rust-capacity-from-input',
    'rust',
    rust('fn f(h: [u8; 4]) -> Vec<u8> { let n = u32::from_be_bytes(h) as usize; Vec::with_capacity(n) }'),
    rust('fn f(h: [u8; 4]) -> Vec<u8> { let n = u32::from_be_bytes(h) as usize; Vec::with_capacity(n.min(4096)) }'),
    { cwe: 'CWE-770' },
  ],
  [
    'rust-request-sized-allocation',
    'rust',
    'async fn banner(Query(q): Query<Banner>) -> String {\n    let width: usize = q.width.parse().unwrap_or(10);\n    "=".repeat(width)\n}\n',
    'async fn banner(Query(q): Query<Banner>) -> String {\n    let width: usize = q.width.parse().unwrap_or(10);\n    "=".repeat(width.min(120))\n}\n',
    { name: 'a query count repeated; clamped', requireCleanParse: true },
  ],
  [
    'rust-vec-from-decoded-length',
    'rust',
    'async fn frame(conn: &mut TcpStream) -> io::Result<Vec<u8>> {\n    let mut h = [0u8; 4];\n    conn.read_exact(&mut h).await?;\n    let len = u32::from_be_bytes(h) as usize;\n    let mut buf = vec![0u8; len];\n    conn.read_exact(&mut buf).await?;\n    Ok(buf)\n}\n',
    'async fn frame(conn: &mut TcpStream) -> io::Result<Vec<u8>> {\n    let mut h = [0u8; 4];\n    conn.read_exact(&mut h).await?;\n    let len = u32::from_be_bytes(h) as usize;\n    if len > MAX_FRAME {\n        return Err(io::ErrorKind::InvalidData.into());\n    }\n    let mut buf = vec![0u8; len];\n    conn.read_exact(&mut buf).await?;\n    Ok(buf)\n}\n',
    { name: 'vec! sized by a wire length; compared with a limit', requireCleanParse: true },
  ],
  [
    'rust-unbounded-decode',
    'rust',
    'fn read_msg(stream: &mut TcpStream) -> Option<Msg> {\n    bincode::deserialize_from(stream).ok()\n}\n',
    'fn read_msg(stream: &mut TcpStream) -> Option<Msg> {\n    bincode::DefaultOptions::new().with_limit(MAX_MSG).deserialize_from(stream).ok()\n}\n',
    { name: 'bincode from a socket with no limit; with_limit', requireCleanParse: true },
  ],
  [
    'rust-unbounded-decode',
    'rust',
    'async fn upload(body: Bytes) -> StatusCode {\n    match bincode::deserialize::<Batch>(&body) {\n        Ok(_) => StatusCode::OK,\n        Err(_) => StatusCode::BAD_REQUEST,\n    }\n}\n',
    'fn load_cache() -> Option<Cache> {\n    let bytes = include_bytes!("cache.bin");\n    bincode::deserialize(bytes).ok()\n}\n',
    { name: 'a request body; bytes built into the binary', requireCleanParse: true },
  ],
  [
    'rust-request-sized-allocation',
    'rust',
    'async fn canvas(Query(s): Query<Size>) -> Vec<u8> {\n    let pixels: u32 = s.pixels;\n    Vec::with_capacity(pixels as usize * 4)\n}\n',
    'async fn canvas(Query(s): Query<Size>) -> Vec<u8> {\n    let pixels: u32 = s.pixels;\n    if pixels > MAX_PIXELS {\n        return Vec::new();\n    }\n    Vec::with_capacity(pixels as usize * 4)\n}\n',
    { name: 'a capacity computed from a query count; the count compared with a limit first', requireCleanParse: true },
  ],
  [
    'java-request-sized-allocation',
    'java',
    '@RestController\nclass Filler {\n  @GetMapping("/fill")\n  String fill(@RequestParam int width) {\n    return "#".repeat(width);\n  }\n}\n',
    '@RestController\nclass Filler {\n  @GetMapping("/fill")\n  String fill(@RequestParam int width) {\n    if (width > 200) throw new ResponseStatusException(HttpStatus.BAD_REQUEST);\n    return "#".repeat(width);\n  }\n}\n',
    { name: 'a @RequestParam count; bounded', requireCleanParse: true },
  ],
  [
    'py-request-sized-repeat',
    'python',
    'from flask import request\n\ndef bar():\n    width = int(request.args["w"])\n    return "=" * width\n',
    'from flask import request\n\ndef bar():\n    width = min(int(request.args["w"]), 80)\n    return "=" * width\n',
    { name: 'a string repeated by a query count; clamped with min', requireCleanParse: true },
  ],
  [
    'py-request-sized-repeat',
    'python',
    'from flask import request\n\ndef grid():\n    n = int(request.form["n"])\n    return [[0] * n for _ in range(3)]\n',
    'from flask import request\n\ndef grid():\n    n = int(request.form["n"])\n    return [[0] * 3 for _ in range(3)] if n else []\n',
    { name: 'a list repeated by a form count; a fixed count', requireCleanParse: true },
  ],
];

describeRuleCases('CWE-770 allocation without limits or throttling', CASES);

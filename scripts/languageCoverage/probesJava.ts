// Java probes for the language-coverage inventory (see Probe.ts).
import type { Probe } from './Probe';

export const JAVA_PROBES: Probe[] = [
  {
    cwe: 'CWE-78',
    what: 'sh -c with a request parameter',
    code: `class Ping extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String host = req.getParameter("host");
    new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start();
  }
}`,
  },
  {
    cwe: 'CWE-78',
    what: 'Runtime.exec of a built string',
    code: `@RestController
class Tools {
  @GetMapping("/lookup")
  String lookup(@RequestParam String domain) throws Exception {
    Process p = Runtime.getRuntime().exec("nslookup " + domain);
    return new String(p.getInputStream().readAllBytes());
  }
}`,
  },
  {
    cwe: 'CWE-79',
    what: 'getParameter written to the response',
    code: `class Hello extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    resp.getWriter().println("<h1>Hello " + name + "</h1>");
  }
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'Statement.executeQuery with concatenation',
    code: `class Users {
  ResultSet find(Connection conn, HttpServletRequest req) throws SQLException {
    String id = req.getParameter("id");
    Statement st = conn.createStatement();
    return st.executeQuery("SELECT * FROM users WHERE id = '" + id + "'");
  }
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'Spring JdbcTemplate with a @RequestParam',
    code: `@RestController
class Orders {
  private JdbcTemplate jdbc;
  @GetMapping("/orders")
  List<Map<String, Object>> list(@RequestParam String status) {
    return jdbc.queryForList("SELECT * FROM orders WHERE status = '" + status + "'");
  }
}`,
  },
  {
    cwe: 'CWE-22',
    what: 'new File(base, input)',
    code: `class Download extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("file");
    File f = new File("/var/app/uploads", name);
    Files.copy(f.toPath(), resp.getOutputStream());
  }
}`,
  },
  {
    cwe: 'CWE-22',
    what: 'Paths.get with a @PathVariable',
    code: `@RestController
class Files2 {
  @GetMapping("/files/{name}")
  byte[] read(@PathVariable String name) throws IOException {
    return Files.readAllBytes(Paths.get("/srv/data/" + name));
  }
}`,
  },
  {
    cwe: 'CWE-94',
    what: 'ScriptEngine eval of input',
    code: `class Calc extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    ScriptEngine js = new ScriptEngineManager().getEngineByName("javascript");
    Object r = js.eval(req.getParameter("expr"));
    resp.getWriter().print(r);
  }
}`,
  },
  {
    cwe: 'CWE-502',
    what: 'ObjectInputStream.readObject of a request body',
    code: `class Restore extends HttpServlet {
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    ObjectInputStream in = new ObjectInputStream(req.getInputStream());
    Object state = in.readObject();
    resp.getWriter().print(state);
  }
}`,
  },
  {
    cwe: 'CWE-611',
    what: 'DocumentBuilderFactory with defaults',
    code: `class Parse {
  Document parse(InputStream body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    return f.newDocumentBuilder().parse(body);
  }
}`,
  },
  {
    cwe: 'CWE-918',
    what: 'URL opened from a request parameter',
    code: `class Fetch extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    URL url = new URL(req.getParameter("url"));
    try (InputStream in = url.openStream()) { in.transferTo(resp.getOutputStream()); }
  }
}`,
  },
  {
    cwe: 'CWE-601',
    what: 'sendRedirect of a parameter',
    code: `class Login extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String next = req.getParameter("next");
    resp.sendRedirect(next);
  }
}`,
  },
  {
    cwe: 'CWE-434',
    what: 'upload saved under the client file name',
    code: `@RestController
class Upload {
  @PostMapping("/upload")
  String save(@RequestParam("file") MultipartFile file) throws IOException {
    file.transferTo(new File("/var/www/uploads/" + file.getOriginalFilename()));
    return "ok";
  }
}`,
  },
  {
    cwe: 'CWE-798',
    what: 'literal database password',
    code: `class Db {
  Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:mysql://db/app", "admin", "S3cretPass!");
  }
}`,
  },
  {
    cwe: 'CWE-327',
    what: 'DES / AES in ECB',
    code: `class Crypt {
  byte[] enc(byte[] key, byte[] data) throws Exception {
    Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
    return c.doFinal(data);
  }
}`,
  },
  {
    cwe: 'CWE-327',
    what: 'Cipher.getInstance("AES") defaults to ECB',
    code: `class Crypt2 {
  byte[] enc(SecretKey key, byte[] data) throws Exception {
    Cipher c = Cipher.getInstance("AES");
    c.init(Cipher.ENCRYPT_MODE, key);
    return c.doFinal(data);
  }
}`,
  },
  {
    cwe: 'CWE-328',
    what: 'MD5 of a password',
    code: `class Passwords {
  String hashPassword(String password) throws Exception {
    MessageDigest md = MessageDigest.getInstance("MD5");
    return new BigInteger(1, md.digest(password.getBytes())).toString(16);
  }
}`,
  },
  {
    cwe: 'CWE-330',
    what: 'java.util.Random session token',
    code: `class Tokens {
  String newSessionToken() {
    Random r = new Random();
    return Long.toHexString(r.nextLong());
  }
}`,
  },
  {
    cwe: 'CWE-295',
    what: 'TrustManager accepting every certificate',
    code: `class Trust {
  SSLContext ctx() throws Exception {
    TrustManager[] all = new TrustManager[] { new X509TrustManager() {
      public void checkClientTrusted(X509Certificate[] c, String a) {}
      public void checkServerTrusted(X509Certificate[] c, String a) {}
      public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    } };
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, all, new SecureRandom());
    return ctx;
  }
}`,
  },
  {
    cwe: 'CWE-295',
    what: 'HostnameVerifier returning true',
    code: `class Hosts {
  void relax(HttpsURLConnection conn) {
    conn.setHostnameVerifier((hostname, session) -> true);
  }
}`,
  },
  {
    cwe: 'CWE-347',
    what: 'JWT parsed without verifying',
    code: `class Jwt {
  String user(String token) {
    DecodedJWT jwt = JWT.decode(token);
    return jwt.getSubject();
  }
}`,
  },
  {
    cwe: 'CWE-1333',
    what: 'Pattern.compile of a request parameter',
    code: `class Search extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Pattern p = Pattern.compile(req.getParameter("pattern"));
    resp.getWriter().print(p.matcher(loadText()).find());
  }
}`,
  },
  {
    cwe: 'CWE-117',
    what: 'request value logged as is',
    code: `class Audit extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(Audit.class);
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    String user = req.getParameter("user");
    log.info("login attempt for " + user);
  }
}`,
  },
  {
    cwe: 'CWE-209',
    what: 'stack trace sent to the client',
    code: `class Report extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try { render(req); } catch (Exception e) { e.printStackTrace(resp.getWriter()); }
  }
}`,
  },
  {
    cwe: 'CWE-732',
    what: 'world-writable file permissions',
    code: `class Perms {
  void share(Path p) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
  }
}`,
  },
  {
    cwe: 'CWE-190',
    what: 'size multiplied from input',
    code: `class Alloc extends HttpServlet {
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
    int count = Integer.parseInt(req.getParameter("count"));
    byte[] buf = new byte[count * 1024];
    resp.setContentLength(buf.length);
  }
}`,
  },
  {
    cwe: 'CWE-400',
    what: 'request-sized allocation',
    code: `@RestController
class Pad {
  @GetMapping("/pad")
  String pad(@RequestParam int n) {
    return "x".repeat(n);
  }
}`,
  },
  {
    cwe: 'CWE-352',
    what: 'Spring Security with CSRF disabled',
    code: `@Configuration
class Sec {
  @Bean
  SecurityFilterChain chain(HttpSecurity http) throws Exception {
    http.csrf().disable();
    return http.build();
  }
}`,
  },
  {
    cwe: 'CWE-643',
    what: 'XPath built from input',
    code: `class Users2 {
  Object find(XPath xp, Document doc, HttpServletRequest req) throws Exception {
    String q = "//user[name='" + req.getParameter("name") + "']";
    return xp.evaluate(q, doc);
  }
}`,
  },
  {
    cwe: 'CWE-90',
    what: 'LDAP filter built from input',
    code: `class Ldap {
  NamingEnumeration<SearchResult> find(DirContext ctx, HttpServletRequest req) throws NamingException {
    String filter = "(uid=" + req.getParameter("user") + ")";
    return ctx.search("ou=people,dc=example,dc=com", filter, new SearchControls());
  }
}`,
  },
];

// CWE-295 improper certificate validation: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const rust = (body: string): string => body;

const CASES: RuleCase[] = [
  [
    'py-tls-verify-off',
    'python',
    'import urllib3\nhttp = urllib3.PoolManager(cert_reqs="CERT_NONE")\n',
    'import urllib3\nhttp = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca.pem")\n',
    { name: 'urllib3 takes the verify mode as a string' },
  ],
  [
    'py-tls-verify-off',
    'python',
    'import paramiko\ndef connect(host):\n    c = paramiko.SSHClient()\n    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n    c.connect(host)\n',
    'import paramiko\ndef connect(host):\n    c = paramiko.SSHClient()\n    c.load_system_host_keys()\n    c.set_missing_host_key_policy(paramiko.RejectPolicy())\n    c.connect(host)\n',
    { name: 'an SSH client that accepts any unknown host key' },
  ],
  [
    'py-tls-verify-off',
    'python',
    'import requests\nrequests.get(u, verify=False)\n',
    'import requests\nrequests.get(u, verify=True)\n',
  ],
  [
    'py-tls-verify-off',
    'python',
    'import requests\ndef fetch(u):\n    return requests.post(u, data={}, verify=False)\n',
    'import jwt\ndef claims(token, key):\n    return jwt.decode(token, key, verify=False)\n',
    { name: 'verify=False on an HTTP call, not on a JWT decode (a CWE-347 matter)' },
  ],
  [
    'tls-verify-flag-off',
    'python',
    'import requests\ndef client():\n    s = requests.Session()\n    s.verify = False\n    return s\n',
    'import requests\ndef client():\n    s = requests.Session()\n    s.verify = "/etc/ssl/corp-ca.pem"\n    return s\n',
    { name: 'a requests session with verification switched off, or pointed at a CA bundle' },
  ],
  [
    'tls-verify-flag-off',
    'go',
    'package m\nvar c = &tls.Config{InsecureSkipVerify: true}\n',
    'package m\nvar c = &tls.Config{MinVersion: tls.VersionTLS12}\n',
  ],
  [
    'tls-verify-flag-off',
    'javascript',
    'https.request({ host: h, rejectUnauthorized: false });\n',
    'https.request({ host: h, rejectUnauthorized: true });\n',
  ],
  [
    'cs-accept-any-certificate',
    'csharp',
    m('h.ServerCertificateCustomValidationCallback = (a, b, c, d) => true; return h;'),
    m('h.ServerCertificateCustomValidationCallback = (a, b, c, d) => d == SslPolicyErrors.None; return h;'),
    { requireCleanParse: true },
  ],
  [
    'rust-tls-danger-accept',
    'rust',
    rust('fn f() { let c = Client::builder().danger_accept_invalid_certs(true).build(); }'),
    rust('fn f() { let c = Client::builder().danger_accept_invalid_certs(false).build(); }'),
    { cwe: 'CWE-295' },
  ],
  [
    'openssl-verify-none',
    'c',
    'void setup(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);\n}\n',
    'void setup(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);\n  SSL_CTX_set_default_verify_paths(ctx);\n}\n',
    { requireCleanParse: true },
  ],
  [
    'openssl-verify-none',
    'c',
    'static int accept_all(int ok, X509_STORE_CTX *x) {\n  return 1;\n}\nvoid setup(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_all);\n}\n',
    'static int log_chain(int ok, X509_STORE_CTX *x) {\n  if (!ok) report(x);\n  return ok;\n}\nvoid setup(SSL_CTX *ctx) {\n  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, log_chain);\n}\n',
    { name: 'a callback that accepts everything' },
  ],
  [
    'java-trust-everything',
    'java',
    'class Insecure implements X509TrustManager {\n  public void checkClientTrusted(X509Certificate[] chain, String type) {}\n  public void checkServerTrusted(X509Certificate[] chain, String type) {}\n  public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }\n}\n',
    'class Pinned implements X509TrustManager {\n  public void checkClientTrusted(X509Certificate[] chain, String type) {}\n  public void checkServerTrusted(X509Certificate[] chain, String type) throws CertificateException {\n    delegate.checkServerTrusted(chain, type);\n  }\n  public X509Certificate[] getAcceptedIssuers() { return delegate.getAcceptedIssuers(); }\n}\n',
    { name: 'an empty checkServerTrusted', requireCleanParse: true },
  ],
  [
    'java-trust-everything',
    'java',
    'class Client {\n  void relax(HttpsURLConnection conn) {\n    conn.setHostnameVerifier((host, session) -> true);\n  }\n}\n',
    'class Client {\n  void relax(HttpsURLConnection conn) {\n    conn.setHostnameVerifier((host, session) -> host.equals("api.example.com"));\n  }\n}\n',
    { name: 'a hostname verifier lambda that accepts all' },
  ],
];

describeRuleCases('CWE-295 improper certificate validation', CASES);

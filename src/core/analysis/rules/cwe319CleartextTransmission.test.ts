// CWE-319 cleartext transmission of sensitive data: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'plaintext-server',
    'python',
    'import telnetlib\ndef login(host, password):\n    t = telnetlib.Telnet(host)\n    t.write(password.encode() + b"\\n")\n',
    'import paramiko\ndef login(host, password):\n    c = paramiko.SSHClient()\n    c.connect(host, password=password)\n',
    { name: 'a password typed into a telnet session' },
  ],
  [
    'plaintext-server',
    'go',
    'package main\n\nfunc main() {\n\thttp.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {\n\t\tcheckPassword(r.FormValue("password"))\n\t})\n\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}\n',
    'package main\n\nfunc main() {\n\thttp.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {\n\t\texchangeToken(r.FormValue("code"))\n\t})\n\tlog.Fatal(http.ListenAndServe("127.0.0.1:5556", nil))\n}\n',
    { name: 'a login page served on every interface; a token callback bound to loopback' },
  ],
  [
    'plaintext-server',
    'javascript',
    "const http = require('http');\nconst server = http.createServer(onRequest);\nfunction onRequest(req, res) { res.end(req.headers.cookie ? 'session' : 'login'); }\nserver.listen(8080);\n",
    "const http = require('http');\nconst server = http.createServer(onRequest);\nfunction onRequest(req, res) { res.end(req.headers.cookie ? 'session' : 'login'); }\nserver.listen(8080, '127.0.0.1');\n",
    { name: 'a session server on every interface; the same server bound to loopback' },
  ],
  [
    'plaintext-server',
    'javascript',
    "const http = require('http');\nfunction start(handler, port) {\n  const server = http.createServer((req, res) => handler(req.headers.cookie, res));\n  return server.listen(port);\n}\n",
    "const http = require('http');\nconst https = require('https');\nfunction start(handler, opts) {\n  const serve = (req, res) => handler(req.headers.cookie, res);\n  const server = opts.tls ? https.createServer(opts.tls, serve) : http.createServer(serve);\n  return server.listen(opts.port);\n}\n",
    { name: 'a plain session server; one that serves TLS when the caller passes certificates' },
  ],
  [
    'plaintext-server',
    'go',
    'package main\n\nfunc run(cfg Config, h http.Handler) error {\n\t// session cookies are set by h\n\treturn http.ListenAndServe(cfg.Addr, h)\n}\n',
    'package main\n\nfunc run(cfg Config, h http.Handler) error {\n\t// session cookies are set by h\n\tif cfg.CertFile != "" {\n\t\treturn http.ListenAndServeTLS(cfg.Addr, cfg.CertFile, cfg.KeyFile, h)\n\t}\n\treturn http.ListenAndServe(cfg.Addr, h)\n}\n',
    { name: 'a plain server; one that serves TLS when certificates are configured' },
  ],
  [
    'plaintext-endpoint',
    'typescript',
    'export function live(host: string, token: string) { return new WebSocket(`ws://${host}/live?t=${token}`); }\n',
    'export function live(host: string, token: string) { return new WebSocket(`wss://${host}/live?t=${token}`); }\n',
  ],
  [
    'plaintext-server',
    'python',
    'import smtplib\ndef send(pw):\n    with smtplib.SMTP("relay", 587) as s:\n        s.login("u", pw)\n',
    'import smtplib, ssl\ndef send(pw):\n    with smtplib.SMTP("relay", 587) as s:\n        s.starttls(context=ssl.create_default_context())\n        s.login("u", pw)\n',
  ],
  [
    'plaintext-endpoint',
    'python',
    'import requests\nTOKEN_URL = "http://auth.example.net/token"\ndef login(session):\n    return session.post(TOKEN_URL)\n',
    'from xml.etree import ElementTree\nNS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}\ndef urls(session, xml):\n    return [u.text for u in ElementTree.fromstring(xml).findall("sm:url/sm:loc", NS)]\n',
    { name: 'an endpoint over http in code with sessions; an XML namespace URI is a name, not an endpoint' },
  ],
  [
    'plaintext-endpoint',
    'php',
    "<?php\nfunction login_schema($password) {\n    return array( 'endpoint' => 'http://auth.example.net/login', 'password' => $password );\n}\n",
    "<?php\nfunction login_schema($password) {\n    return array( '$schema' => 'http://json-schema.org/draft-04/schema#', 'password' => $password );\n}\n",
    { name: 'a JSON Schema dialect URI is a name, not an endpoint' },
  ],
  [
    'plaintext-endpoint',
    'python',
    'import requests\ndef login(session, password):\n    return session.post("http://auth.example.net/ns-login", data={"password": password})\n',
    'from xml.etree import ElementTree\nDAV = {"C": "http://calendars.example.net/ns/", "A": "http://specs.openid.net/auth/2.0"}\ndef names(session, password, xml):\n    return ElementTree.fromstring(xml).findall("C:calendar", DAV)\n',
    { name: "a project's /ns/ namespace and OpenID's protocol URI are names, not endpoints" },
  ],
];

describeRuleCases('CWE-319 cleartext transmission of sensitive data', CASES);

// CWE-113 HTTP response splitting: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const PY_PROBE = (check: string, agent: string): string => `import socket

def probe(host, agent):
${check}    with socket.create_connection((host, 80)) as s:
        s.sendall(f"HEAD / HTTP/1.0\\r\\nUser-Agent: ${agent}\\r\\n\\r\\n".encode())
        return s.recv(512)
`;

const CASES: RuleCase[] = [
  [
    'py-header-assignment',
    'python',
    'from flask import request, Response\n@app.route("/r")\ndef r():\n    resp = Response("ok")\n    resp.headers["Referer"] = request.headers.get("Referer")\n    return resp\n',
    'class RefererPolicy:\n    def process(self, request, response):\n        ref = response.headers.get("Location")\n        request.headers["Referer"] = ref\n        return request\n',
    { name: 'a header copied into a response; a header set on a request the program sends on' },
  ],
  [
    'py-header-assignment',
    'python',
    'from flask import request, Response\n@app.route("/r")\ndef r():\n    resp = Response("ok")\n    resp.headers["X-Name"] = request.args.get("name")\n    return resp\n',
    'from flask import request, Response\n@app.route("/r")\ndef r():\n    resp = Response("ok")\n    resp.headers["X-Name"] = request.args.get("name", "").replace("\\r", "").replace("\\n", "")\n    return resp\n',
  ],
  [
    'py-header-assignment',
    'python',
    'def view(request):\n    response = HttpResponse("ok")\n    response["Location"] = request.GET["next"]\n    return response\n',
    'def view(request):\n    response = HttpResponse("ok")\n    response["Location"] = "/home"\n    return response\n',
  ],
  [
    'raw-http-header-value',
    'python',
    PY_PROBE('', '{agent}'),
    PY_PROBE('    if "\\r" in agent or "\\n" in agent:\n        raise ValueError("agent")\n', '{agent}'),
  ],
  ['raw-http-header-value', 'python', PY_PROBE('', '{agent}'), PY_PROBE('', '{quote(agent)}')],
  // A value after the blank line is the body, not a header.
  [
    'raw-http-header-value',
    'python',
    'def post(conn, tag, body):\n    msg = "POST /log HTTP/1.1\\r\\nX-Tag: %s\\r\\n\\r\\n" % tag\n    conn.send(msg.encode() + body)\n',
    'def post(conn, body):\n    conn.send(f"POST /log HTTP/1.1\\r\\nContent-Length: {len(body)}\\r\\n\\r\\n{body}".encode())\n',
  ],
  [
    'node-header-value',
    'javascript',
    "app.get('/dl', (req, res) => {\n  res.setHeader('X-Export-Name', req.query.name);\n  res.end();\n});\n",
    "app.get('/dl', (req, res) => {\n  res.setHeader('X-Export-Name', encodeURIComponent(req.query.name));\n  res.end();\n});\n",
    { name: 'a note: Node refuses CR/LF itself' },
  ],
  [
    'raw-http-header-value',
    'go',
    'package files\n\nfunc send(c net.Conn, name string) {\n\tfmt.Fprintf(c, "HTTP/1.1 200 OK\\r\\nContent-Disposition: attachment; filename=%s\\r\\n\\r\\n", name)\n}\n',
    'package files\n\nfunc send(c net.Conn, name string) {\n\tcd := mime.FormatMediaType("attachment", map[string]string{"filename": name})\n\tfmt.Fprintf(c, "HTTP/1.1 200 OK\\r\\nContent-Disposition: %s\\r\\n\\r\\n", cd)\n}\n',
    { name: 'mime.FormatMediaType encodes the parameter' },
  ],
  [
    'raw-http-header-value',
    'go',
    'package relay\n\nfunc Get(c net.Conn, key string) {\n\tfmt.Fprintf(c, "GET /%s HTTP/1.0\\r\\n\\r\\n", key)\n}\n',
    'package relay\n\nfunc Get(c net.Conn, key string) {\n\tfmt.Fprintf(c, "GET /%s HTTP/1.0\\r\\n\\r\\n", url.PathEscape(key))\n}\n',
  ],
  [
    'raw-http-header-value',
    'go',
    'package relay\n\nfunc Tag(c net.Conn, id string) {\n\tline := "X-Request-Id: " + id + "\\r\\n"\n\tc.Write([]byte(line))\n}\n',
    'package relay\n\nfunc Tag(c net.Conn, id string) error {\n\tif strings.IndexAny(id, "\\r\\n") >= 0 {\n\t\treturn errBad\n\t}\n\tline := "X-Request-Id: " + id + "\\r\\n"\n\t_, err := c.Write([]byte(line))\n\treturn err\n}\n',
  ],
  [
    'raw-http-header-value',
    'c',
    '#include <stdio.h>\n#include <stdlib.h>\nint main(void)\n{\n    const char *back = getenv("HTTP_REFERER");\n    printf("Status: 302\\r\\nLocation: %s\\r\\n\\r\\n", back ? back : "/");\n    return 0;\n}\n',
    '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\nint main(void)\n{\n    const char *back = getenv("HTTP_REFERER");\n    if (back == NULL || strpbrk(back, "\\r\\n") != NULL)\n        back = "/";\n    printf("Status: 302\\r\\nLocation: %s\\r\\n\\r\\n", back);\n    return 0;\n}\n',
  ],
  [
    'raw-http-header-value',
    'javascript',
    'function fetchRaw(sock, path) {\n  sock.write(`GET ${path} HTTP/1.1\\r\\nHost: cache.local\\r\\n\\r\\n`);\n}\n',
    'function fetchRaw(sock, path) {\n  sock.write(`GET ${encodeURI(path)} HTTP/1.1\\r\\nHost: cache.local\\r\\n\\r\\n`);\n}\n',
  ],
  [
    'cpp-header-stream-value',
    'cpp',
    'void redirect(const std::string &next) {\n  std::cout << "Status: 302 Found\\r\\nLocation: " << next << "\\r\\n\\r\\n";\n}\n',
    'void redirect(const std::string &next) {\n  if (next.find_first_of("\\r\\n") != std::string::npos) return;\n  std::cout << "Status: 302 Found\\r\\nLocation: " << next << "\\r\\n\\r\\n";\n}\n',
    { name: 'a Location header streamed to stdout vs a CR/LF check first' },
  ],
  [
    'cpp-header-stream-value',
    'cpp',
    'std::string reply(const std::string &body, const std::string &type) {\n  std::ostringstream out;\n  out << "HTTP/1.0 200 OK\\r\\nContent-Type: " << type << "\\r\\n\\r\\n" << body;\n  return out.str();\n}\n',
    'std::string reply(const std::string &body, const std::string &type) {\n  std::ostringstream out;\n  out << "HTTP/1.0 200 OK\\r\\nContent-Length: " << body.size() << "\\r\\n\\r\\n" << body;\n  return out.str();\n}\n',
    { name: "a caller's text in a header vs the body's length, a number" },
  ],
];

describeRuleCases('CWE-113 HTTP response splitting', CASES);

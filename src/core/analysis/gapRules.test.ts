// Rules that closed the last "rule missing" analyzer notes (hand-written HTTP headers, C syslog, Go and C# XPath,
// Java reflective writes): each flags a vulnerable snippet with its CWE and stays quiet on the fixed idiom,
// including fixes that only add a validation branch in front of an unchanged sink.
import { describe, it } from 'vitest';
import type { Language } from '../task/Task';
import { expectRuleSeparates } from './ruleTestKit';

type Case = [rule: string, language: Language, vulnerable: string, safe: string];

const PY_PROBE = (check: string, agent: string): string => `import socket

def probe(host, agent):
${check}    with socket.create_connection((host, 80)) as s:
        s.sendall(f"HEAD / HTTP/1.0\\r\\nUser-Agent: ${agent}\\r\\n\\r\\n".encode())
        return s.recv(512)
`;

const CASES: Case[] = [
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
    'c-syslog-injection',
    'c',
    '#include <syslog.h>\n#include <sys/socket.h>\nvoid greet(int fd)\n{\n    char hello[80];\n    ssize_t n = recv(fd, hello, sizeof hello - 1, 0);\n    if (n <= 0) return;\n    hello[n] = 0;\n    syslog(LOG_INFO, "client hello: %s", hello);\n}\n',
    '#include <syslog.h>\n#include <sys/socket.h>\nvoid greet(int fd)\n{\n    char hello[80];\n    ssize_t n = recv(fd, hello, sizeof hello - 1, 0);\n    if (n <= 0) return;\n    hello[n] = 0;\n    scrub_controls(hello);\n    syslog(LOG_INFO, "client hello: %s", hello);\n}\n',
  ],
  [
    'c-syslog-injection',
    'c',
    '#include <syslog.h>\nvoid note(const char *payload, const char *queue)\n{\n    syslog(LOG_NOTICE, "queue=%s item=%s", queue, payload);\n}\n',
    '#include <syslog.h>\nvoid note(const char *payload, const char *queue)\n{\n    syslog(LOG_NOTICE, "queue=%s item bytes=%zu", queue, strlen(payload));\n}\n',
  ],
  // Cutting the line at its first CR/LF before logging is a fix too.
  [
    'c-syslog-injection',
    'c',
    '#include <stdio.h>\n#include <syslog.h>\nvoid audit(FILE *in)\n{\n    char cmd[200];\n    if (!fgets(cmd, sizeof cmd, in)) return;\n    syslog(LOG_INFO, "cmd %s", cmd);\n}\n',
    '#include <stdio.h>\n#include <string.h>\n#include <syslog.h>\nvoid audit(FILE *in)\n{\n    char cmd[200];\n    if (!fgets(cmd, sizeof cmd, in)) return;\n    cmd[strcspn(cmd, "\\r\\n")] = 0;\n    syslog(LOG_INFO, "cmd %s", cmd);\n}\n',
  ],
  [
    'go-xpath-built',
    'go',
    'package dir\n\nfunc Member(doc *xmlquery.Node, r *http.Request) *xmlquery.Node {\n\tgroup := r.FormValue("group")\n\treturn xmlquery.FindOne(doc, "//group[@id=\'"+group+"\']")\n}\n',
    'package dir\n\nvar groupID = regexp.MustCompile(`^[a-z0-9-]{1,24}$`)\n\nfunc Member(doc *xmlquery.Node, r *http.Request) *xmlquery.Node {\n\tgroup := r.FormValue("group")\n\tif !groupID.MatchString(group) {\n\t\treturn nil\n\t}\n\treturn xmlquery.FindOne(doc, "//group[@id=\'"+group+"\']")\n}\n',
  ],
  [
    'go-xpath-built',
    'go',
    'package dir\n\nfunc Compile(sku string) (*xpath.Expr, error) {\n\treturn xpath.Compile(fmt.Sprintf("//product[sku=\'%s\']", sku))\n}\n',
    'package dir\n\nfunc Compile() (*xpath.Expr, error) {\n\treturn xpath.Compile("//product[sku=$sku]")\n}\n',
  ],
  [
    'cs-xpath-built',
    'csharp',
    'class Menu { XmlNodeList Dishes(XmlDocument d, string course) { return d.SelectNodes("//dish[@course=\'" + course + "\']"); } }\n',
    'class Menu { XmlNodeList Dishes(XmlDocument d, string course) { if (!Courses.Contains(course)) { return null; } return d.SelectNodes("//dish[@course=\'" + course + "\']"); } }\n',
  ],
  [
    'java-reflective-mass-assignment',
    'java',
    'class Prefs { void apply(HttpServletRequest req, Settings s) throws Exception {\n  for (String p : Collections.list(req.getParameterNames())) {\n    Field f = Settings.class.getDeclaredField(p);\n    f.set(s, req.getParameter(p));\n  }\n} }\n',
    'class Prefs { void apply(HttpServletRequest req, Settings s) throws Exception {\n  for (String p : Collections.list(req.getParameterNames())) {\n    if (!USER_SETTABLE.contains(p)) continue;\n    Field f = Settings.class.getDeclaredField(p);\n    f.set(s, req.getParameter(p));\n  }\n} }\n',
  ],
  [
    'java-reflective-mass-assignment',
    'java',
    'class Signup { void fill(HttpServletRequest req, Member m) throws Exception { BeanUtils.populate(m, req.getParameterMap()); } }\n',
    'class Signup { void fill(HttpServletRequest req, Member m) throws Exception { Map<String, String> picked = new HashMap<>(); picked.put("nick", req.getParameter("nick")); BeanUtils.populate(m, picked); } }\n',
  ],
];

describe('rules that closed knowledge-base analyzer gaps', () => {
  it.each(CASES)(
    '%s (%s) flags the vulnerable snippet and not the safe one',
    async (rule, language, vulnerable, safe) => {
      await expectRuleSeparates(rule, language, vulnerable, safe);
    },
  );
});

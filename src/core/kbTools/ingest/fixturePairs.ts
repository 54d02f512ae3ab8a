// A small pairs file written for the project's tests: two shapes (pair lines, and sample lines
// joined by `pair`), three CWEs, and one broken line that must be reported, not fatal.
const line = (value: unknown): string => JSON.stringify(value);

export const FIXTURE_PAIRS_JSONL = [
  line({
    id: 'fx-1',
    cwe: 'CWE-78',
    language: 'python',
    description: 'The archive name reached a shell string.',
    vulnerable:
      'import os\n\n\ndef pack(name):\n    label = name.strip()\n    os.system("tar czf backup.tgz " + label)\n    return label\n',
    fixed:
      'import subprocess\n\n\ndef pack(name):\n    label = name.strip()\n    subprocess.run(["tar", "czf", "backup.tgz", label], check=True)\n    return label\n',
  }),
  line({
    id: 'fx-2',
    cwe: ['CWE-78', 'CWE-88'],
    language: 'python',
    vulnerable:
      'import subprocess\n\n\ndef lookup(host):\n    out = subprocess.check_output("nslookup " + host, shell=True)\n    return out.decode()\n',
    fixed:
      'import subprocess\n\n\ndef lookup(host):\n    out = subprocess.check_output(["nslookup", "--", host])\n    return out.decode()\n',
  }),
  line({
    id: 'fx-3',
    cwe: 'cwe-89',
    language: 'Python',
    vulnerable:
      'def find_user(db, name):\n    cur = db.cursor()\n    cur.execute("SELECT * FROM users WHERE name = \'%s\'" % name)\n    return cur.fetchone()\n',
    fixed:
      'def find_user(db, name):\n    cur = db.cursor()\n    cur.execute("SELECT * FROM users WHERE name = ?", (name,))\n    return cur.fetchone()\n',
  }),
  line({
    pair: 'fx-c-1',
    cwe: 'CWE-476',
    language: 'c',
    label: 'vulnerable',
    code: '#include <stdlib.h>\n#include <string.h>\n\nchar *copy_name(const char *name) {\n    char *out = malloc(strlen(name) + 1);\n    strcpy(out, name);\n    return out;\n}\n',
  }),
  line({
    pair: 'fx-c-1',
    cwe: 'CWE-476',
    language: 'c',
    label: 'secure',
    code: '#include <stdlib.h>\n#include <string.h>\n\nchar *copy_name(const char *name) {\n    char *out = malloc(strlen(name) + 1);\n    if (out == NULL) return NULL;\n    strcpy(out, name);\n    return out;\n}\n',
  }),
  '{"cwe": "CWE-79", "language": "python", "vulnerable": "x = 1\\n"}',
  'not json at all',
].join('\n');

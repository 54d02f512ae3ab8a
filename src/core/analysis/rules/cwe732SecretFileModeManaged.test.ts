// CWE-732 secret files made by Go and Node with a mode others can read: each case flags its vulnerable snippet and
// stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'managed-secret-file-mode',
    'go',
    'package keys\nimport "os"\nfunc save(dir string, pem []byte) error {\n\treturn os.WriteFile(dir+"/private.pem", pem, 0o644)\n}\n',
    'package keys\nimport "os"\nfunc save(dir string, pem []byte) error {\n\treturn os.WriteFile(dir+"/public.pem", pem, 0o644)\n}\n',
    { name: 'a private key readable by others; a public key is meant to be', requireCleanParse: true },
  ],
  [
    'managed-secret-file-mode',
    'go',
    'package cli\nimport "os"\nfunc saveToken(path string, token []byte) error {\n\treturn os.WriteFile(path, token, 0o644)\n}\n',
    'package cli\nimport "os"\nfunc saveToken(path string, token []byte) error {\n\treturn os.WriteFile(path, token, 0o600)\n}\n',
    { name: 'a token file written group/other-readable', requireCleanParse: true },
  ],
  [
    'managed-secret-file-mode',
    'javascript',
    "const fs = require('fs');\nfunction storeKey(dir, pem) {\n  fs.writeFileSync(dir + '/private.pem', pem);\n}\n",
    "const fs = require('fs');\nfunction storeKey(dir, pem) {\n  fs.writeFileSync(dir + '/private.pem', pem, { mode: 0o600 });\n}\n",
    { name: "a private key written with Node's default mode", requireCleanParse: true },
  ],
  [
    'managed-secret-file-mode',
    'javascript',
    "const fs = require('fs');\nfunction storeToken(path, token) {\n  fs.writeFileSync(path, token);\n}\n",
    "const fs = require('fs');\nfunction storeToken(path, token) {\n  const fd = fs.openSync(path, 'w', 0o600);\n  fs.writeFileSync(fd, token);\n  fs.closeSync(fd);\n}\n",
    { name: 'a token written to a descriptor opened owner-only' },
  ],
  [
    'managed-secret-file-mode',
    'javascript',
    "const fs = require('fs');\nfunction storeSecret(path, secret) {\n  fs.writeFileSync(path, secret);\n  fs.chmodSync(path, 0o644);\n}\n",
    "const fs = require('fs');\nfunction storeSecret(path, secret) {\n  fs.writeFileSync(path, secret);\n  fs.chmodSync(path, 0o600);\n}\n",
    { name: 'chmodSync to a readable mode; to an owner-only one' },
  ],
  [
    'managed-secret-file-mode',
    'typescript',
    "import { writeFile } from 'fs/promises';\nexport async function saveCredentials(file: string, body: string) {\n  await writeFile(file, body, { encoding: 'utf8', mode: 0o640 });\n}\n",
    "import { writeFile } from 'fs/promises';\nexport async function saveReport(file: string, body: string) {\n  await writeFile(file, body, { encoding: 'utf8' });\n}\n",
    { name: 'credentials readable by the group; a report is no secret' },
  ],
];

describeRuleCases('CWE-732 secret file modes (Go, Node)', CASES);

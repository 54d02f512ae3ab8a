// CWE-522 insufficiently protected credentials: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'credentials-over-http',
    'python',
    'import requests\nAPI = "http://api.example.com"\ndef f(u, password):\n    return requests.post(API, json={"user": u, "password": password})\n',
    'import requests\nAPI = "https://api.example.com"\ndef f(u, password):\n    return requests.post(API, json={"user": u, "password": password})\n',
  ],
  [
    'credentials-over-http',
    'php',
    "<?php\nfunction item_schema() {\n    $password = get_option( 'app_password' );\n    return array( 'link' => 'http://login.example.net/', 'password' => $password );\n}\n",
    "<?php\nfunction item_schema() {\n    $password = get_option( 'app_password' );\n    return array( '$schema' => 'http://json-schema.org/draft-04/schema#', 'password' => $password );\n}\n",
    { name: 'a JSON Schema dialect URI is a name, not an endpoint' },
  ],
  [
    'reversible-credential-token',
    'php',
    "<?php\n$v = base64_encode($email . ':' . $password);\n",
    '<?php\n$v = bin2hex(random_bytes(32));\n',
  ],
  [
    'credential-file-default-mode',
    'python',
    'CREDENTIALS_FILE = "creds.json"\ndef save(data):\n    with open(CREDENTIALS_FILE, "w") as fh:\n        fh.write(data)\n',
    'import os\nCREDENTIALS_FILE = "creds.json"\ndef save(data):\n    fd = os.open(CREDENTIALS_FILE, os.O_WRONLY | os.O_CREAT, 0o600)\n    os.write(fd, data)\n',
  ],
];

describeRuleCases('CWE-522 insufficiently protected credentials', CASES);

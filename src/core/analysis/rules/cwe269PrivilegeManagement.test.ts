// CWE-269 improper privilege management: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'privilege-drop-order',
    'c',
    'void f(struct passwd *pw) { setuid(pw->pw_uid); setgid(pw->pw_gid); }\n',
    'void f(struct passwd *pw) { if (setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) exit(1); }\n',
  ],
  [
    'privilege-from-request',
    'php',
    '<?php\n$isAdmin = false;\nextract($_POST);\n',
    '<?php\n$name = (string)($_POST["name"] ?? "");\n',
  ],
  [
    'privilege-from-request',
    'python',
    'import logging\nfrom flask import request\ndef update(user):\n    user.update(level=request.form["level"])\n',
    'import logging\nfrom flask import request\ndef configure():\n    logging.basicConfig(level=request.args.get("log", "INFO"))\n',
    { name: 'an account level from the request; a logging level is a verbosity' },
  ],
];

describeRuleCases('CWE-269 improper privilege management', CASES);

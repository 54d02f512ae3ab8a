// CWE-384 session fixation: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'login-keeps-session-id',
    'php',
    "<?php\nif (!password_verify($p, $u['hash'])) exit('no');\n$_SESSION['user_id'] = $u['id'];\n",
    "<?php\nif (!password_verify($p, $u['hash'])) exit('no');\nsession_regenerate_id(true);\n$_SESSION['user_id'] = $u['id'];\n",
  ],
  [
    'session-id-from-request',
    'python',
    'def start(request, uid):\n    sid = request.cookies.get("sid") or new_id()\n    SESSIONS[sid] = uid\n',
    'def start(request, uid):\n    sid = new_id()\n    SESSIONS[sid] = uid\n',
  ],
];

describeRuleCases('CWE-384 session fixation', CASES);

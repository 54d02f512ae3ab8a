// CWE-117 log injection (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'log-injection',
    'go',
    'package web\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tuser := r.FormValue("user")\n\tlog.Printf("denied %s from %s", user, r.RemoteAddr)\n}\n',
    'package web\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tuser := r.FormValue("user")\n\tlog.Printf("denied %q from %s", user, r.RemoteAddr)\n}\n',
    { name: "Go %s of a form value; %q quotes it and the peer address is the server's", requireCleanParse: true },
  ],
  [
    'cs-log-message-built',
    'csharp',
    m('_logger.LogInformation("user " + s); return s;'),
    m('_logger.LogInformation("user {User}", s); return s;'),
    { requireCleanParse: true },
  ],
  [
    'log-injection',
    'php',
    '<?php\n$who = $_POST["username"];\nerror_log("failed login for " . $who);\n',
    '<?php\n$who = str_replace(["\\r", "\\n"], "", $_POST["username"]);\nerror_log("failed login for " . $who);\n',
    { name: 'PHP error_log of a form field; line breaks removed', requireCleanParse: true },
  ],
  [
    'log-injection',
    'php',
    '<?php\nfunction show(Request $request) {\n    $this->logger->warning("lookup " . $request->input("q"));\n}\n',
    '<?php\nfunction show(Request $request) {\n    $this->logger->warning("lookup " . json_encode($request->input("q")));\n}\n',
    { name: 'a PSR-3 logger with a Laravel request value' },
  ],
];

describeRuleCases('CWE-117 log injection (Web rules)', CASES);

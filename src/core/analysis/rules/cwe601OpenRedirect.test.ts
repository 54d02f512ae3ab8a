// CWE-601 open redirect: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const redirectTo = (target: string): string =>
  `from flask import request, redirect\ndef f():\n    q = request.args["q"]\n    return redirect(${target})\n`;

const checked = (check: string): string =>
  `from urllib.parse import urlparse\nfrom flask import request, redirect\ndef f():\n    target = request.args.get("next", "/")\n    parts = urlparse(target)\n${check}    return redirect(target)\n`;

const CASES: RuleCase[] = [
  [
    'open-redirect',
    'python',
    checked('    print(parts.path)\n'),
    checked('    if parts.netloc and parts.netloc != request.host:\n        return redirect("/")\n'),
    { name: 'a parsed URL counts when its host is compared, not when it is only parsed' },
  ],
  [
    'open-redirect',
    'python',
    checked('    if parts.path.startswith("/admin"):\n        return redirect("/")\n'),
    checked('    if urlparse(target).netloc not in ("", "example.com"):\n        return redirect("/")\n'),
    { name: 'a test of the path is no check of the host' },
  ],
  [
    'open-redirect',
    'python',
    checked('    host = parts.path\n    if host != "/":\n        return redirect("/")\n'),
    checked('    host = parts.netloc\n    if host not in ("", "example.com"):\n        return redirect("/")\n'),
    { name: 'a host part read into a local first' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('"/" + q'),
    redirectTo('"/users/" + q'),
    { name: 'a lone "/" leaves "//evil.example" open; a path segment fixes the host' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('"/%s" % q'),
    redirectTo('f"/search?q={q}"'),
    { name: 'the constant text before the first placeholder decides' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('"https://example.com" + q'),
    redirectTo('"https://example.com/" + q'),
    { name: 'a host not closed by a delimiter can be extended ("@evil.example")' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('f"{q}/done"'),
    'from flask import request, redirect\ndef f():\n    target = "/page/{}".format(request.args["q"])\n    return redirect(target)\n',
    { name: 'input in front decides the host; a local built on a fixed path does not' },
  ],
  [
    'open-redirect',
    'python',
    'from flask import request, redirect\ndef f():\n    return redirect(request.args["next"])\n',
    'from flask import request, redirect, url_for\ndef f():\n    return redirect(url_for("home"))\n',
  ],
  [
    'cs-open-redirect',
    'csharp',
    m('return Redirect(s);'),
    m('if (!Url.IsLocalUrl(s)) return Redirect("/"); return Redirect(s);'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-601 open redirect', CASES);

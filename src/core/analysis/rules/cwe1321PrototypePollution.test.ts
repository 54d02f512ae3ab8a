// CWE-1321 prototype pollution: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'js-request-path-setter',
    'javascript',
    "app.post('/doc', (req, res) => {\n  _.set(doc, req.body.path, req.body.value);\n  res.json(doc);\n});\n",
    "app.post('/doc', (req, res) => {\n  if (!EDITABLE.includes(req.body.path)) return res.status(400).end();\n  _.set(doc, req.body.path, req.body.value);\n  res.json(doc);\n});\n",
    { name: 'lodash set; the path checked against an allow-list' },
  ],
  [
    'js-request-path-setter',
    'typescript',
    "app.patch('/cfg', (req: Request, res: Response) => {\n  objectPath.set(config, String(req.query.key), req.body);\n  res.end();\n});\n",
    "app.patch('/cfg', (req: Request, res: Response) => {\n  objectPath.set(config, 'display.theme', req.body);\n  res.end();\n});\n",
    { name: 'object-path with a query key; a fixed path' },
  ],
  [
    'js-request-nested-write',
    'javascript',
    "app.post('/settings', (req, res) => {\n  const { section, key, value } = req.body;\n  settings[section][key] = value;\n  res.json(settings);\n});\n",
    "app.post('/settings', (req, res) => {\n  const { section, key, value } = req.body;\n  if (!Object.hasOwn(settings, section)) return res.sendStatus(400);\n  settings[section][key] = value;\n  res.json(settings);\n});\n",
  ],
  [
    'js-request-nested-write',
    'typescript',
    "router.put('/prefs/:group/:name', (req: Request, res: Response) => {\n  prefs[req.params.group][req.params.name] = req.body.value;\n  res.end();\n});\n",
    "router.put('/prefs/:name', (req: Request, res: Response) => {\n  prefs[currentUser.id][req.params.name] = req.body.value;\n  res.end();\n});\n",
    { name: 'keys read in place; one fixed key is safe' },
  ],
  [
    'js-prototype-pollution',
    'javascript',
    'function merge(t, s) { for (const k in s) { if (typeof s[k] === "object") merge(t[k] = t[k] || {}, s[k]); else t[k] = s[k]; } return t; }\n',
    'function merge(t, s) { for (const k of Object.keys(s)) { if (k === "__proto__" || k === "constructor") continue; if (typeof s[k] === "object") merge(t[k] = t[k] || {}, s[k]); else t[k] = s[k]; } return t; }\n',
  ],
  [
    'py-class-pollution',
    'python',
    'def merge(src, dst):\n    for key, value in src.items():\n        if isinstance(value, dict):\n            merge(value, getattr(dst, key))\n        else:\n            setattr(dst, key, value)\n',
    'def merge(src, dst):\n    for key, value in src.items():\n        if key.startswith("_") or key not in vars(dst):\n            continue\n        if isinstance(value, dict):\n            merge(value, getattr(dst, key))\n        else:\n            setattr(dst, key, value)\n',
  ],
  [
    'js-request-keyed-dictionary',
    'javascript',
    "const votes = {};\napp.post('/v/:poll', (req, res) => { const poll = String(req.params.poll); const option = String(req.body.option); const tally = votes[poll] || (votes[poll] = {}); tally[option] = (tally[option] || 0) + 1; res.end(); });\n",
    "const votes = new Map();\napp.post('/v/:poll', (req, res) => { const poll = String(req.params.poll); const option = String(req.body.option); const tally = votes.get(poll) ?? votes.set(poll, new Map()).get(poll); tally.set(option, (tally.get(option) ?? 0) + 1); res.end(); });\n",
  ],
];

describeRuleCases('CWE-1321 prototype pollution', CASES);

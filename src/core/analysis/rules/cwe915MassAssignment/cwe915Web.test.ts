// CWE-915 mass assignment of object attributes (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'mass-assignment',
    'typescript',
    'router.patch("/me", async (req, res) => {\n  const data = req.body;\n  await prisma.user.update({ where: { id: res.locals.id }, data });\n  res.end();\n});\n',
    'router.patch("/me", async (req, res) => {\n  const data = { name: String(req.body.name) };\n  await prisma.user.update({ where: { id: res.locals.id }, data });\n  res.end();\n});\n',
    { name: 'Prisma update whose data is the whole body' },
  ],
  [
    'mass-assignment',
    'javascript',
    'app.put("/me", (req, res) => { Object.assign(req.user, req.body); res.end(); });\n',
    'app.put("/me", (req, res) => { for (const k of ["name", "email"]) if (Object.hasOwn(req.body, k)) req.user[k] = req.body[k]; res.end(); });\n',
  ],
  [
    'mass-assignment',
    'python',
    'from flask import request\ndef create():\n    data = dict(request.get_json())\n    return User(**data)\n',
    'from flask import request\ndef create():\n    body = request.get_json()\n    data = {"name": str(body["name"])}\n    return User(**data)\n',
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
  [
    'php-extract-request',
    'php',
    '<?php\n$authorised = false;\nextract($_POST);\nif ($authorised) {\n    delete_everything();\n}\n',
    '<?php\n$authorised = false;\n$name = $_POST["name"] ?? "";\nif ($authorised) {\n    delete_everything();\n}\n',
    { name: 'extract of the POST array', requireCleanParse: true },
  ],
  [
    'php-extract-request',
    'php',
    '<?php\nfunction handle(Request $request) {\n    extract($request->all());\n    return view("x");\n}\n',
    '<?php\nfunction handle(Request $request) {\n    extract($request->all(), EXTR_PREFIX_ALL, "req");\n    return view("x");\n}\n',
    { name: 'Laravel all() extracted; prefixed' },
  ],
];

describeRuleCases('CWE-915 mass assignment of object attributes (Web rules)', CASES);

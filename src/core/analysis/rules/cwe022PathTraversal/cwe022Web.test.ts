// CWE-22 path traversal (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'js-path-traversal',
    'typescript',
    "Deno.serve(async (req: Request) => {\n  const name = new URL(req.url).searchParams.get('f') ?? '';\n  return new Response(await Deno.readTextFile('./files/' + name));\n});\n",
    "Deno.serve(async (req: Request) => {\n  const name = new URL(req.url).searchParams.get('f') ?? '';\n  if (!/^[\\w-]+\\.txt$/.test(name)) return new Response('bad', { status: 400 });\n  return new Response(await Deno.readTextFile('./files/' + name));\n});\n",
    { name: 'a Deno server reading a file named in the URL' },
  ],
  [
    'js-path-traversal',
    'javascript',
    "app.get('/f/:file', (req, res) => {\n  res.sendFile(path.join(__dirname, 'public', req.params.file));\n});\n",
    "app.get('/f/:file', (req, res) => {\n  res.sendFile(req.params.file, { root: path.join(__dirname, 'public') });\n});\n",
    { name: 'sendFile with a root option' },
  ],
  [
    'go-path-traversal',
    'go',
    'package main\n\nfunc get(c *gin.Context) {\n\tc.File("./static/" + c.Param("name"))\n}\n',
    'package main\n\nfunc get(c *gin.Context) {\n\tc.File("./static/" + filepath.Base(c.Param("name")))\n}\n',
    { name: 'gin c.File' },
  ],
  [
    'go-path-traversal',
    'go',
    'package main\n\nfunc get(w http.ResponseWriter, r *http.Request) {\n\thttp.ServeFile(w, r, filepath.Join("/srv", r.URL.Query().Get("f")))\n}\n',
    'package main\n\nfunc get(w http.ResponseWriter, r *http.Request) {\n\tp := filepath.Clean(filepath.Join("/srv", r.URL.Query().Get("f")))\n\tif !strings.HasPrefix(p, "/srv/") {\n\t\treturn\n\t}\n\thttp.ServeFile(w, r, p)\n}\n',
    { name: 'ServeFile guarded by a prefix check of its path' },
  ],
  [
    'py-archive-extract-all',
    'python',
    'import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as t:\n        for m in t.getmembers():\n            t.extract(m, dest)\n',
    'import os, tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as t:\n        for m in t.getmembers():\n            target = os.path.realpath(os.path.join(dest, m.name))\n            if not target.startswith(os.path.realpath(dest) + os.sep):\n                continue\n            t.extract(m, dest)\n',
    { name: 'members extracted one by one, with and without a check of the name' },
  ],
  [
    'py-path-traversal',
    'python',
    'from flask import request\ndef f():\n    p = request.args["p"]\n    return open("/data/" + p).read()\n',
    'import os\nfrom flask import request\ndef f():\n    p = os.path.realpath(os.path.join("/data", request.args["p"]))\n    if not p.startswith("/data/"):\n        return ""\n    return open(p).read()\n',
  ],
  [
    'js-path-traversal',
    'javascript',
    'app.get("/", (req, res) => { fs.readFile("/d/" + req.query.f, () => {}); });\n',
    'app.get("/", (req, res) => { fs.readFile("/d/" + path.basename(req.query.f), () => {}); });\n',
  ],
  [
    'java-path-traversal',
    'java',
    '@RestController\nclass Up {\n  @PostMapping("/up")\n  String up(@RequestParam("f") MultipartFile f) throws IOException {\n    f.transferTo(Paths.get("/data").resolve(f.getOriginalFilename()));\n    return "ok";\n  }\n}\n',
    '@RestController\nclass Up {\n  @PostMapping("/up")\n  String up(@RequestParam("f") MultipartFile f) throws IOException {\n    String name = Paths.get(f.getOriginalFilename()).getFileName().toString();\n    f.transferTo(Paths.get("/data").resolve(name));\n    return "ok";\n  }\n}\n',
    { name: 'an upload saved under its client name; only the last segment kept' },
  ],
];

describeRuleCases('CWE-22 path traversal (Web rules)', CASES);

// CWE-434 unrestricted file upload: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'upload-client-name',
    'php',
    '<?php\nmove_uploaded_file($_FILES["f"]["tmp_name"], "/up/" . basename($_FILES["f"]["name"]));\n',
    '<?php\n$ext = pathinfo($_FILES["f"]["name"], PATHINFO_EXTENSION);\nif (!in_array($ext, ["png"], true)) exit;\nmove_uploaded_file($_FILES["f"]["tmp_name"], "/up/" . bin2hex(random_bytes(8)) . ".png");\n',
  ],
  [
    'cs-upload-client-name',
    'csharp',
    m('return File.Create(Path.Combine(dir, f.FileName));', 'IFormFile f'),
    m('return File.Create(Path.Combine(dir, Path.GetRandomFileName()));', 'IFormFile f'),
    { requireCleanParse: true },
  ],
  [
    'upload-client-name',
    'java',
    '@RestController\nclass Avatars {\n  @PostMapping("/avatar")\n  String save(@RequestParam("file") MultipartFile file) throws IOException {\n    file.transferTo(new File("/srv/avatars/" + file.getOriginalFilename()));\n    return "ok";\n  }\n}\n',
    '@RestController\nclass Avatars {\n  @PostMapping("/avatar")\n  String save(@RequestParam("file") MultipartFile file) throws IOException {\n    String name = file.getOriginalFilename();\n    if (name == null || !name.endsWith(".png")) return "rejected";\n    file.transferTo(new File("/srv/avatars/" + UUID.randomUUID() + ".png"));\n    return "ok";\n  }\n}\n',
    { name: 'Spring MultipartFile stored under its own name; extension checked', requireCleanParse: true },
  ],
  [
    'py-upload-client-name',
    'python',
    'from pathlib import Path\nfrom fastapi import FastAPI, UploadFile\napp = FastAPI()\nROOT = Path("/srv/static")\n\n\n@app.post("/up")\nasync def up(file: UploadFile):\n    with open(ROOT / Path(file.filename).name, "wb") as out:\n        out.write(await file.read())\n',
    'import uuid\nfrom pathlib import Path\nfrom fastapi import FastAPI, HTTPException, UploadFile\napp = FastAPI()\nROOT = Path("/srv/static")\n\n\n@app.post("/up")\nasync def up(file: UploadFile):\n    suffix = Path(file.filename).suffix.lower()\n    if suffix not in {".png", ".pdf"}:\n        raise HTTPException(415)\n    with open(ROOT / f"{uuid.uuid4().hex}{suffix}", "wb") as out:\n        out.write(await file.read())\n',
    { name: 'FastAPI UploadFile written under its client name; suffix allow-list and generated name' },
  ],
];

describeRuleCases('CWE-434 unrestricted file upload', CASES);

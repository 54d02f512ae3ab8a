// CWE-379 temp files in the shared temp directory: the rule flags each vulnerable snippet and stays silent on the
// safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'temp-file-in-shared-dir';

const CASES: RuleCase[] = [
  [
    R,
    'python',
    'import os\ndef cache(name, data):\n    path = os.path.join("/tmp", name + ".cache")\n    with open(path, "wb") as fh:\n        fh.write(data)\n',
    'import os, tempfile\ndef cache(name, data):\n    fd, path = tempfile.mkstemp(suffix=".cache")\n    with os.fdopen(fd, "wb") as fh:\n        fh.write(data)\n',
    { cwe: 'CWE-379' },
  ],
  [
    R,
    'python',
    'import tempfile\nfrom pathlib import Path\ndef note(user, text):\n    Path(tempfile.gettempdir(), f"note-{user}.txt").write_text(text)\n',
    'import tempfile\nfrom pathlib import Path\ndef note(user, text):\n    with tempfile.TemporaryDirectory() as d:\n        Path(d, f"note-{user}.txt").write_text(text)\n',
    { name: 'pathlib write_text' },
  ],
  [
    R,
    'java',
    'import java.io.*;\nclass J { Writer w(String job) throws IOException { return new FileWriter(new File(System.getProperty("java.io.tmpdir"), job + ".log")); } }\n',
    'import java.io.*;\nimport java.nio.file.*;\nclass J { Writer w(String job) throws IOException { return Files.newBufferedWriter(Files.createTempFile(job, ".log")); } }\n',
  ],
  [
    R,
    'csharp',
    'using System.IO;\nclass C { void W(string id, string body) { File.WriteAllText(Path.Combine(Path.GetTempPath(), id + ".json"), body); } }\n',
    'using System.IO;\nclass C { void W(string id, string body) { File.WriteAllText(Path.GetTempFileName(), body); } }\n',
  ],
  [
    R,
    'php',
    "<?php\nfunction stash(string $id, string $body): void { file_put_contents(sys_get_temp_dir() . '/stash-' . $id, $body); }\n",
    "<?php\nfunction stash(string $id, string $body): void { file_put_contents(tempnam(sys_get_temp_dir(), 'stash'), $body); }\n",
  ],
  [
    R,
    'c',
    '#include <stdio.h>\nFILE *lockfile(const char *name) {\n    char path[256];\n    snprintf(path, sizeof path, "/tmp/%s.lock", name);\n    return fopen(path, "w");\n}\n',
    '#include <stdio.h>\n#include <stdlib.h>\nFILE *lockfile(void) {\n    char path[] = "/tmp/lock-XXXXXX";\n    int fd = mkstemp(path);\n    return fd < 0 ? NULL : fdopen(fd, "w");\n}\n',
  ],
];

describeRuleCases('CWE-379 temp files in the shared temp directory', CASES);

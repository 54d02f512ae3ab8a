// A generated PHP page for the scaling bench, written the way many real PHP files are: every statement at the top
// level, no functions, so the whole file is one scope. Sinks (queries, output, file reads) follow request reads,
// some behind a check or an escaping call. Ten lines per block.

function phpBlock(i: number): string[] {
  return [
    `$id${i} = $_GET['id${i}'];`,
    `$name${i} = trim($_POST['name'] ?? '');`,
    `$res${i} = mysqli_query($conn, "SELECT * FROM t WHERE id = " . $id${i});`,
    `if (preg_match('/^[a-z]+$/', $name${i})) {`,
    `  echo htmlspecialchars($name${i});`,
    `}`,
    `$file${i} = __DIR__ . '/data/' . basename($name${i});`,
    `$out${i} = file_get_contents($file${i});`,
    `echo $out${i};`,
    ``,
  ];
}

/** A top-level PHP script of about `lines` lines. */
export function generatePhpScript(lines: number): string {
  const out = ['<?php', "require __DIR__ . '/db.php';"];
  for (let i = 0; out.length < lines; i += 1) out.push(...phpBlock(i));
  return out.join('\n');
}

// Fix shapes met in whole project modules (fixtures/webFixStylePairs, session 14): the check sits on the request
// value while the sink gets a path, URL or query built from it, or the check is a helper elsewhere in the module.
import type { FixShapeCase } from './fixShapeCase';

const servlet = (body: string): string =>
  `import java.nio.file.*;\nimport java.util.regex.Pattern;\nimport jakarta.servlet.http.*;\npublic class T {\n  private static final Pattern ID = Pattern.compile("^[a-f0-9]{32}$");\n  private Path dir;\n  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {\n    String id = req.getParameter("id");\n${body}    Path out = dir.resolve(id + "-" + id.hashCode() + ".jpg");\n    Files.copy(out, resp.getOutputStream());\n  }\n}\n`;

export const PROJECT_MODULE_CASES: FixShapeCase[] = [
  {
    name: 'a Java Path.resolve of a base and a name covered by a pattern check of the name',
    language: 'java',
    cwe: 'CWE-22',
    vulnerable: servlet('    if (id.isEmpty()) {\n      return;\n    }\n'),
    fixed: servlet('    if (!ID.matcher(id).matches()) {\n      return;\n    }\n'),
  },
  {
    name: 'a placeholder numbered from the bound values (`$${params.length}`) appended to the SQL',
    language: 'javascript',
    cwe: 'CWE-89',
    vulnerable:
      "router.get('/r', async (ctx) => {\n  const params = [String(ctx.query.rep)];\n  let sql = 'SELECT id FROM sales WHERE rep = $1';\n  if (ctx.query.region) {\n    sql += ` AND region = '${ctx.query.region}'`;\n  }\n  ctx.body = (await pool.query(sql, params)).rows;\n});\n",
    fixed:
      "router.get('/r', async (ctx) => {\n  const params = [String(ctx.query.rep)];\n  let sql = 'SELECT id FROM sales WHERE rep = $1';\n  if (ctx.query.region) {\n    params.push(ctx.query.region);\n    sql += ` AND region = $${params.length}`;\n  }\n  ctx.body = (await pool.query(sql, params)).rows;\n});\n",
  },
  {
    name: 'a WordPress table name from a helper returning the configured prefix and a constant, in a prepared query',
    language: 'php',
    cwe: 'CWE-89',
    vulnerable:
      "<?php\nfunction t_table()\n{\n    global $wpdb;\n    return $wpdb->prefix . 't_rows';\n}\nfunction t_find()\n{\n    global $wpdb;\n    $table = t_table();\n    $sql = \"SELECT id FROM {$table} WHERE status = '\" . $_GET['s'] . \"'\";\n    return $wpdb->get_results($sql);\n}\n",
    fixed:
      "<?php\nfunction t_table()\n{\n    global $wpdb;\n    return $wpdb->prefix . 't_rows';\n}\nfunction t_find()\n{\n    global $wpdb;\n    $table = t_table();\n    $sql = \"SELECT id FROM {$table} WHERE status = %s\";\n    $sql .= ' ORDER BY id';\n    return $wpdb->get_results($wpdb->prepare($sql, [$_GET['s']]));\n}\n",
  },
  {
    name: 'a join whose last part is a constant file name: the check of the name before it covers the path',
    language: 'javascript',
    cwe: 'CWE-22',
    vulnerable:
      "const fs = require('fs');\nconst path = require('path');\napp.get('/t/:theme', (req, res) => {\n  fs.createReadStream(path.join(DIR, req.params.theme, 'manifest.json')).pipe(res);\n});\n",
    fixed:
      "const fs = require('fs');\nconst path = require('path');\napp.get('/t/:theme', async (req, res) => {\n  const themes = await listThemes();\n  if (!themes.includes(req.params.theme)) return res.status(404).end();\n  fs.createReadStream(path.join(DIR, req.params.theme, 'manifest.json')).pipe(res);\n});\n",
  },
  {
    name: 'fs.stat of a request path is a path sink; a name read back from a bound query is stored data',
    language: 'javascript',
    cwe: 'CWE-22',
    vulnerable:
      "const fs = require('fs');\nconst path = require('path');\napp.get('/raw/:name', (req, res) => {\n  const file = path.join(ROOT, req.params.name);\n  fs.stat(file, (err, st) => res.json({ size: st.size }));\n});\n",
    fixed:
      "const fs = require('fs');\nconst path = require('path');\napp.get('/raw/:id', async (req, res) => {\n  const { rows } = await db.query('SELECT stored_name FROM files WHERE id = $1', [req.params.id]);\n  const file = path.join(ROOT, rows[0].stored_name);\n  fs.stat(file, (err, st) => res.json({ size: st.size }));\n});\n",
  },
  {
    name: 'a helper parsing the target against our origin and returning its path only when the origin is ours',
    language: 'javascript',
    cwe: 'CWE-601',
    vulnerable:
      "const SITE = 'https://app.example.com';\nfunction returnTo(value) {\n  const url = new URL(value, SITE);\n  return url.href ? url.href : '/';\n}\napp.get('/out', (req, res) => {\n  res.redirect(302, returnTo(req.query.next));\n});\n",
    fixed:
      "const SITE = 'https://app.example.com';\nfunction returnTo(value) {\n  const url = new URL(value, SITE);\n  return url.origin === SITE ? url.pathname + url.search : '/';\n}\napp.get('/out', (req, res) => {\n  res.redirect(302, returnTo(req.query.next));\n});\n",
  },
  {
    name: 'exec in its promise form (`const run = promisify(exec)`) runs a shell; execFile with an argument array does not',
    language: 'typescript',
    cwe: 'CWE-78',
    vulnerable:
      "import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst run = promisify(exec);\nexport async function snap(req: any) {\n  await run(`ffmpeg -ss ${req.query.at} -i in.mp4 out.jpg`);\n}\n",
    fixed:
      "import { execFile } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst runFile = promisify(execFile);\nexport async function snap(req: any) {\n  await runFile('ffmpeg', ['-ss', String(req.query.at), '-i', 'in.mp4', 'out.jpg']);\n}\n",
  },
  {
    name: 'a same-file helper returning the rows of a bound query: the caller prints stored data, not the request',
    language: 'javascript',
    cwe: 'CWE-79',
    vulnerable:
      "async function label(handle) {\n  return 'Profile of ' + handle;\n}\napp.get('/u/:h', async (req, res) => {\n  res.send('<h1>' + (await label(req.params.h)) + '</h1>');\n});\n",
    fixed:
      "async function loadUser(handle) {\n  const { rows } = await db.query('SELECT name FROM users WHERE handle = $1', [handle]);\n  return rows[0];\n}\napp.get('/u/:h', async (req, res) => {\n  const user = await loadUser(req.params.h);\n  res.send('<h1>' + user.name + '</h1>');\n});\n",
  },
  {
    name: 'a key checked with Object.prototype.hasOwnProperty.call against our own table',
    language: 'javascript',
    cwe: 'CWE-22',
    vulnerable:
      "const fs = require('fs');\nconst FORMATS = { zip: 1, tar: 1 };\napp.get('/a', (req, res) => {\n  const format = req.query.format || 'tar';\n  res.send(fs.readFileSync(`archives/latest.${format}`));\n});\n",
    fixed:
      "const fs = require('fs');\nconst FORMATS = { zip: 1, tar: 1 };\napp.get('/a', (req, res) => {\n  const format = Object.prototype.hasOwnProperty.call(FORMATS, req.query.format) ? req.query.format : 'tar';\n  res.send(fs.readFileSync(`archives/latest.${format}`));\n});\n",
  },
];

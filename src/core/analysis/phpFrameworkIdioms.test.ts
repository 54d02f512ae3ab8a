// PHP idioms of frameworks and older apps that carry no request text into the sink (field round, session 13): the
// connection's quoting methods on any receiver, identifier quoting, numeric-only sprintf formats, escaping views,
// `h()`, CLI arguments, PHP's own upload path, plain literals, message catalogues, extract() of local arrays. Each
// careless twin stays flagged.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

async function counted(code: string, cwe: string): Promise<string[]> {
  const record = await analyzeCode(`<?php\n${code}\n`, 'php', nodeParser());
  return record.findings.filter((f) => f.cwe === cwe && f.tier !== 'note').map((f) => f.rule);
}

const method = (body: string): string => `class Store {\n  function find($v) {\n    ${body}\n  }\n}`;

describe('PHP SQL built from quoted or numeric parts', () => {
  it('a quoting method of a connection held in a property quotes the value', async () => {
    expect(
      await counted(method('return $this->db->query("SELECT * FROM t WHERE a = " . $this->db->quote($v));'), 'CWE-89'),
    ).toEqual([]);
    expect(
      await counted(method('return $this->db->query("SELECT * FROM t WHERE a = \'" . trim($v) . "\'");'), 'CWE-89'),
    ).toEqual(['php-sql-built']);
  });

  it('an identifier quoted with backquote or quote_identifier is one name', async () => {
    expect(
      await counted(method("return $this->dbi->query('SELECT * FROM ' . Util::backquote($v));"), 'CWE-89'),
    ).toEqual([]);
    expect(
      await counted(
        method('return $this->db->query("SELECT " . $this->db->quote_identifier($v) . " FROM t");'),
        'CWE-89',
      ),
    ).toEqual([]);
    expect(await counted(method("return $this->dbi->query('SELECT * FROM ' . $v);"), 'CWE-89')).toEqual([
      'php-sql-built',
    ]);
  });

  it('a sprintf format whose conversions are all numeric prints digits', async () => {
    expect(
      await counted(
        method('return $this->db->query(sprintf("SELECT * FROM t WHERE id = %d LIMIT %u", $v, 10));'),
        'CWE-89',
      ),
    ).toEqual([]);
    expect(
      await counted(method('return $this->db->query(sprintf("SELECT * FROM t WHERE name = \'%s\'", $v));'), 'CWE-89'),
    ).toEqual(['php-sql-built']);
  });
});

describe('PHP SQL joined from quoted lists and schema names', () => {
  it('a list mapped through a quoting callback, or filled only with quoted values, joins to quoted text', async () => {
    const mapped = (cb: string): string =>
      method(`return $this->db->query("SELECT * FROM t WHERE id IN (" . implode(',', array_map(${cb}, $v)) . ")");`);
    expect(await counted(mapped("[$this->db, 'quote']"), 'CWE-89')).toEqual([]);
    expect(await counted(mapped("'trim'"), 'CWE-89')).toEqual(['php-sql-built']);
    const pushed = (part: string): string =>
      method(
        `$q = [];\n    foreach ($v as $id) { $q[] = ${part}; }\n    return $this->db->query("SELECT * FROM t WHERE id IN (" . implode(',', $q) . ")");`,
      );
    expect(await counted(pushed('$this->db->quote($id)'), 'CWE-89')).toEqual([]);
    expect(await counted(pushed('$id'), 'CWE-89')).toEqual(['php-sql-built']);
  });

  it('class constants, table properties and table-name helpers name our own schema', async () => {
    const from = (table: string): string =>
      method(`return $this->db->query("SELECT * FROM " . ${table} . " WHERE id = ?", $v);`);
    expect(await counted(from('static::TABLE'), 'CWE-89')).toEqual([]);
    expect(await counted(from('$this->tableName'), 'CWE-89')).toEqual([]);
    expect(await counted(from("$this->db->table_name('users', true)"), 'CWE-89')).toEqual([]);
    expect(await counted(from('$this->db->table_name($v)'), 'CWE-89')).toEqual(['php-sql-built']);
    expect(await counted(from('$this->idCol'), 'CWE-89')).toEqual([]);
    expect(await counted(from('$this->order'), 'CWE-89')).toEqual(['php-sql-built']);
    expect(await counted(from('$this->protocol'), 'CWE-89')).toEqual(['php-sql-built']);
  });

  it("the connection's own methods asked with constants write driver SQL", async () => {
    const set = (part: string): string =>
      method(`return $this->db->query("UPDATE t SET changed = " . ${part} . " WHERE id = ?", $v);`);
    expect(await counted(set('$this->db->now()'), 'CWE-89')).toEqual([]);
    expect(await counted(set('$this->db->now($v)'), 'CWE-89')).toEqual(['php-sql-built']);
    expect(await counted(set('$this->db->escape($v)'), 'CWE-89')).toEqual([]);
  });
});

describe('PHP pages that print no request text', () => {
  it('a view rendered by an escaping template engine', async () => {
    expect(await counted("echo $twig->render('page.twig', ['q' => $_GET['q']]);", 'CWE-79')).toEqual([]);
    expect(await counted("echo (new CView('page.edit', $_GET))->getOutput();", 'CWE-79')).toEqual([]);
    expect(await counted('echo (new Report($_GET))->getOutput();', 'CWE-79')).toEqual(['php-reflected-xss']);
  });

  it('h() is the HTML escaper (CakePHP, Rails and small apps name it so)', async () => {
    expect(await counted("echo '<p>' . h($_GET['q']) . '</p>';", 'CWE-79')).toEqual([]);
    expect(await counted("echo '<p>' . trim($_GET['q']) . '</p>';", 'CWE-79')).toEqual(['php-reflected-xss']);
  });

  it('a static escaper of a helper class (`html::quote`, `Html::escape`)', async () => {
    expect(await counted("echo '<td>' . html::quote($_GET['q']) . '</td>';", 'CWE-79')).toEqual([]);
    expect(await counted("echo '<td>' . Report::make($_GET['q']) . '</td>';", 'CWE-79')).toEqual(['php-reflected-xss']);
  });

  it('arithmetic other than + prints a number', async () => {
    expect(await counted("echo '<p>' . ($_GET['n'] * 1000) . '</p>';", 'CWE-79')).toEqual([]);
    expect(await counted("echo '<p>' . ($_GET['n'] . '000') . '</p>';", 'CWE-79')).toEqual(['php-reflected-xss']);
    const page = (value: string): string =>
      `const express = require('express');\nconst app = express();\napp.get('/p', (req, res) => {\n  res.send('<p>' + ${value} + '</p>');\n});\n`;
    const js = async (value: string): Promise<number> =>
      (await analyzeCode(page(value), 'javascript', nodeParser())).findings.filter((f) => f.cwe === 'CWE-79').length;
    expect(await js('(req.query.n * 1000)')).toBe(0);
    expect(await js('req.query.n')).toBeGreaterThan(0);
  });

  it('sanitize_* returns the value cleaned for its use', async () => {
    expect(await counted("echo '<p>' . sanitize_uri($_GET['u']) . '</p>';", 'CWE-79')).toEqual([]);
    expect(await counted("echo '<p>' . normalize_uri($_GET['u']) . '</p>';", 'CWE-79')).toEqual(['php-reflected-xss']);
  });

  it("$_SERVER['argv'] is the command line, not a request", async () => {
    expect(await counted("print run_check($_SERVER['argv']);", 'CWE-79')).toEqual([]);
    expect(await counted("print run_check($_SERVER['QUERY_STRING']);", 'CWE-79')).toEqual(['php-reflected-xss']);
  });

  it('a single-quoted literal naming a superglobal is text', async () => {
    expect(await counted("print '<b>$_SERVER:</b><pre>';", 'CWE-79')).toEqual([]);
    expect(await counted('print "<b>$_SERVER[PHP_SELF]</b>";', 'CWE-79')).toEqual(['php-reflected-xss']);
  });
});

describe('PHP upload paths', () => {
  it("the upload's tmp_name is PHP's own temporary file, its name the client's", async () => {
    expect(await counted("$fp = fopen($_FILES['f']['tmp_name'], 'r');", 'CWE-22')).toEqual([]);
    expect(await counted("$fp = fopen('/srv/up/' . $_FILES['f']['name'], 'r');", 'CWE-22')).toEqual([
      'php-path-traversal',
    ]);
  });
});

describe('PHP literals that are no secrets', () => {
  it('a message catalogue entry under a password key is a label', async () => {
    expect(await counted("$lang['pass'] = 'Salasana';\n$labels['password'] = 'Kennwort';", 'CWE-798')).toEqual([]);
    expect(await counted("$lang['pass'] = 'Salasana';\n$labels['password'] = 'Kennwort';", 'CWE-259')).toEqual([]);
    expect(await counted("$config['password'] = 'Kennwort77';", 'CWE-259')).toEqual(['hardcoded-password']);
  });

  it('a value that repeats its own key names a field', async () => {
    expect(await counted("$errors['snmp_password'] = 'snmp_password';", 'CWE-259')).toEqual([]);
    expect(await counted("$conf['snmp_password'] = 'public4u';", 'CWE-259')).toEqual(['hardcoded-password']);
  });
});

describe('PHP extract()', () => {
  it('of an array the function builds from its own locals sets only those', async () => {
    expect(
      await counted(
        "function show($page, $body) {\n  $data = compact('page', 'body');\n  extract($data);\n}",
        'CWE-915',
      ),
    ).toEqual([]);
    expect(await counted('function show($data) {\n  extract($data);\n}', 'CWE-915')).toEqual(['php-extract-request']);
    expect(await counted('function show() {\n  $data = $_POST;\n  extract($data);\n}', 'CWE-915')).toEqual([
      'php-extract-request',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveFacets } from './deriveFacets';
import { trailingOpenCalls } from './patternApis';
import { validateKbSources } from '../kbTools/validateKbSources';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { nodeParser } from '../../adapters/node/nodeParser';

const kb = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash: () => 'fixture' });
const facetsOf = (language: 'php' | 'cpp', prompt: string) =>
  deriveFacets({ id: 't', language, kind: 'completion', prompt }, kb, nodeParser());

describe('PHP and C++ code prefixes', () => {
  it('names PHP superglobals, include, echo and backticks as APIs, and function names as identifiers', async () => {
    const f = await facetsOf(
      'php',
      "<?php\nfunction show_page() {\n    $p = $_GET['p'];\n    include $p;\n    echo $_COOKIE['x'];\n    $out = `ls`;\n}\n",
    );
    expect(f.apis).toEqual(expect.arrayContaining(['_GET', '_COOKIE', 'include', 'echo', 'shell_exec']));
    expect(f.apis).not.toContain('p');
    expect(f.identifiers).toContain('show_page');
  });

  it('reads the unclosed call a prefix is cut in, and not function definitions', async () => {
    const f = await facetsOf('php', '<?php\nfunction render($tpl) {\n    global $wpdb;\n    return $wpdb->query(\n');
    expect(f.apis).toEqual(expect.arrayContaining(['wpdb', 'wpdb.query']));
    expect(f.apis).not.toContain('render');
  });

  it('names the library types C++ declarations use, without built-in types, and delete', async () => {
    const f = await facetsOf(
      'cpp',
      '#include <fstream>\nvoid f(const std::string& name, int n) {\n    std::ifstream in(name);\n    std::vector<int> v;\n    int* p = take(n);\n    delete[] p;\n}\n',
    );
    expect(f.apis).toEqual(expect.arrayContaining(['std.ifstream', 'std.vector', 'std.string', 'delete']));
    expect(f.apis).not.toContain('int');
  });
});

describe('trailingOpenCalls', () => {
  it('gives the calls of the last statement only while a parenthesis is open', () => {
    expect(trailingOpenCalls('$a = f($x);\nreturn preg_replace(')).toEqual(['preg_replace']);
    expect(trailingOpenCalls('$a = f($x);\n')).toEqual([]);
    expect(trailingOpenCalls('int g(int a) {\n  h(a);\n}\n')).toEqual([]);
  });
});

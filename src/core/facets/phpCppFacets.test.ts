import { describe, expect, it } from 'vitest';
import { deriveFacets } from './deriveFacets';
import { cutCallNames, trailingOpenCalls } from './patternApis';
import { validateKbSources } from '../kbTools/validateKbSources';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { nodeParser } from '../../adapters/node/nodeParser';

const kb = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash: () => 'fixture' });
const facetsOf = (language: 'php' | 'cpp' | 'c', prompt: string) =>
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

  it('names the library types C declarations use (SSL_CTX, pthread_mutex_t), without built-in types', async () => {
    const f = await facetsOf(
      'c',
      '#include <openssl/ssl.h>\nstatic pthread_mutex_t lock;\nint connect_to(SSL_CTX *ctx, int fd, unsigned n) {\n    char buf[16];\n',
    );
    expect(f.apis).toEqual(expect.arrayContaining(['SSL_CTX', 'pthread_mutex_t', 'openssl/ssl.h']));
    expect(f.apis).not.toContain('int');
    expect(f.apis).not.toContain('char');
  });
});

describe('trailingOpenCalls', () => {
  it('gives the calls of the last statement only while a parenthesis is open', () => {
    expect(trailingOpenCalls('$a = f($x);\nreturn preg_replace(')).toEqual(['preg_replace']);
    expect(trailingOpenCalls('$a = f($x);\n')).toEqual([]);
    expect(trailingOpenCalls('int g(int a) {\n  h(a);\n}\n')).toEqual([]);
  });
});

describe('cutCallNames', () => {
  it('names only the call the prefix stops in, also where no semicolon ends the statements before it', () => {
    const go =
      'func f(w http.ResponseWriter, r *http.Request) {\n\tnext := r.FormValue("next")\n\thttp.Redirect(w, r, ';
    expect(cutCallNames(go)).toEqual(['http.Redirect']);
    expect(cutCallNames('cmd := exec.CommandContext(ctx, "sh",\n\t\t"-c",')).toEqual(['exec.CommandContext']);
    expect(cutCallNames('return Redirect(Url.Content(')).toEqual(['Redirect', 'Url.Content']);
    expect(cutCallNames('x := f(a)\ny := g(b)\n')).toEqual([]);
    expect(cutCallNames('var s = new XmlReaderSettings\n{')).toEqual([]);
  });

  it('is recorded among the facets of a code prefix', async () => {
    const f = await facetsOf('php', '<?php\n$x = trim($_GET["q"]);\nreturn preg_replace(');
    expect(f.cutCalls).toEqual(['preg_replace']);
    expect((await facetsOf('php', '<?php\n$x = 1;\n')).cutCalls).toBeUndefined();
  });
});

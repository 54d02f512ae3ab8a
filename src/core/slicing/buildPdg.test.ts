// PDG builder: def-use edges, control dependence, paths and calls on small programs per language.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import type { Pdg, PdgStatement } from './Pdg';
import { buildPdgs } from './buildPdg';

async function pdgsOf(language: Language, code: string): Promise<Pdg[]> {
  const tree = await nodeParser().parse(code, language);
  try {
    return buildPdgs(tree);
  } finally {
    tree.dispose();
  }
}

function fn(pdgs: Pdg[], name: string): Pdg {
  const pdg = pdgs.find((p) => p.name === name);
  if (!pdg) throw new Error(`no PDG named ${name}: ${pdgs.map((p) => p.name).join(', ')}`);
  return pdg;
}

function at(pdg: Pdg, line: number): PdgStatement {
  const found = pdg.statements.filter((s) => s.startLine <= line && line <= s.endLine);
  const innermost = found.sort((a, b) => a.endLine - a.startLine - (b.endLine - b.startLine) || b.id - a.id)[0];
  if (!innermost) throw new Error(`no statement on line ${line}`);
  return innermost;
}

function hasEdge(pdg: Pdg, fromLine: number, toLine: number, kind: 'data' | 'control', variable?: string): boolean {
  const from = at(pdg, fromLine).id;
  const to = at(pdg, toLine).id;
  return pdg.edges.some(
    (e) => e.from === from && e.to === to && e.kind === kind && (variable === undefined || e.variable === variable),
  );
}

describe('buildPdgs', () => {
  it('links python definitions to uses, parameters included, and respects kills', async () => {
    const pdg = fn(
      await pdgsOf(
        'python',
        [
          'def run(self, cmd):', // 1
          '    self.x = cmd', // 2
          '    a = 1', // 3
          '    a = 2', // 4
          '    if a > 0:', // 5
          '        subprocess.run(self.x, shell=True)', // 6
          '    return a', // 7
        ].join('\n'),
      ),
      'run',
    );
    expect(hasEdge(pdg, 1, 2, 'data', 'cmd')).toBe(true);
    expect(hasEdge(pdg, 2, 6, 'data', 'self.x')).toBe(true);
    expect(hasEdge(pdg, 4, 5, 'data', 'a')).toBe(true);
    expect(hasEdge(pdg, 3, 5, 'data', 'a')).toBe(false);
    expect(hasEdge(pdg, 5, 6, 'control')).toBe(true);
    expect(at(pdg, 6).calls).toEqual(['subprocess.run']);
    expect(at(pdg, 6).uses).not.toContain('shell');
  });

  it('lets both branches of an if reach the join, and loop writes reach the loop head', async () => {
    const pdg = fn(
      await pdgsOf(
        'python',
        [
          'def f(n):', // 1
          '    x = 0', // 2
          '    if n:', // 3
          '        x = 1', // 4
          '    else:', // 5
          '        x = 2', // 6
          '    while x < n:', // 7
          '        x = x + 1', // 8
          '    return x', // 9
        ].join('\n'),
      ),
      'f',
    );
    expect(hasEdge(pdg, 4, 7, 'data', 'x')).toBe(true);
    expect(hasEdge(pdg, 6, 7, 'data', 'x')).toBe(true);
    expect(hasEdge(pdg, 8, 7, 'data', 'x')).toBe(true);
    expect(hasEdge(pdg, 8, 8, 'data', 'x')).toBe(false);
    expect(hasEdge(pdg, 8, 9, 'data', 'x')).toBe(true);
    expect(hasEdge(pdg, 5, 6, 'control')).toBe(true);
  });

  it('handles C declarations, field paths, out-parameters and nested control', async () => {
    const pdg = fn(
      await pdgsOf(
        'c',
        [
          'int copy(struct s *p, const char *src)', // 1
          '{', // 2
          '    char buf[16];', // 3
          '    p->len = strlen(src);', // 4
          '    for (int i = 0; i < p->len; i++) {', // 5
          '        if (i > 2)', // 6
          '            strcpy(buf, src);', // 7
          '    }', // 8
          '    return buf[0];', // 9
          '}',
        ].join('\n'),
      ),
      'copy',
    );
    expect(at(pdg, 1).defs).toEqual(['p', 'src']);
    expect(hasEdge(pdg, 4, 5, 'data', 'p->len')).toBe(true);
    expect(hasEdge(pdg, 7, 9, 'data', 'buf')).toBe(true);
    expect(hasEdge(pdg, 5, 6, 'control')).toBe(true);
    expect(hasEdge(pdg, 6, 7, 'control')).toBe(true);
    expect(at(pdg, 7).calls).toEqual(['strcpy']);
  });

  it('gives callbacks their own PDG and keeps the call chain names (javascript, typescript)', async () => {
    const code = [
      "app.get('/', (req, res) => {", // 1
      '  const id = req.query.id;', // 2
      '  res.send(id);', // 3
      '});',
    ].join('\n');
    for (const language of ['javascript', 'typescript'] as const) {
      const pdgs = await pdgsOf(language, code);
      const callback = fn(pdgs, '<anonymous>');
      expect(at(callback, 1).defs).toEqual(['req', 'res']);
      expect(hasEdge(callback, 1, 2, 'data', 'req.query.id')).toBe(true);
      expect(hasEdge(callback, 2, 3, 'data', 'id')).toBe(true);
      expect(fn(pdgs, '<module>').statements[0]?.calls).toEqual(['app.get']);
    }
  });

  it('reads java, go and php assignments, loops and calls', async () => {
    const javaPdg = fn(
      await pdgsOf(
        'java',
        [
          'class A { void f(String a) {', // 1
          '  String cmd = "ls " + a;', // 2
          '  Runtime.getRuntime().exec(cmd);', // 3
          '} }',
        ].join('\n'),
      ),
      'f',
    );
    expect(hasEdge(javaPdg, 2, 3, 'data', 'cmd')).toBe(true);
    expect(at(javaPdg, 3).calls).toContain('Runtime.getRuntime().exec');

    const goPdg = fn(
      await pdgsOf(
        'go',
        [
          'package main',
          'func f(a string) {', // 2
          '\tfor _, v := range list {', // 3
          '\t\texec.Command(v, a).Run()', // 4
          '\t}',
          '}',
        ].join('\n'),
      ),
      'f',
    );
    expect(hasEdge(goPdg, 3, 4, 'data', 'v')).toBe(true);
    expect(hasEdge(goPdg, 3, 4, 'control')).toBe(true);
    expect(at(goPdg, 4).calls).toContain('exec.Command().Run');

    const phpPdg = fn(
      await pdgsOf(
        'php',
        [
          '<?php',
          'function f($a) {', // 2
          '  $x = $_GET["q"] . $a;', // 3
          '  if ($x) { system($x); }', // 4
          '}',
        ].join('\n'),
      ),
      'f',
    );
    expect(hasEdge(phpPdg, 2, 3, 'data', '$a')).toBe(true);
    expect(at(phpPdg, 3).uses).toContain('$_GET');
    expect(phpPdg.statements.find((s) => s.calls.includes('system'))).toBeDefined();
  });
});

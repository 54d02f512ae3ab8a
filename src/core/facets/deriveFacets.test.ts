import { describe, expect, it } from 'vitest';
import { deriveFacets } from './deriveFacets';
import { validateKbSources } from '../kbTools/validateKbSources';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { nodeParser } from '../../adapters/node/nodeParser';

const kb = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash: () => 'fixture' });

describe('deriveFacets', () => {
  it('maps keywords of a request to operations and names APIs written in backticks', async () => {
    const f = await deriveFacets(
      {
        id: 't',
        language: 'python',
        kind: 'nl',
        prompt: 'Ping a host with the system `ping` command using `subprocess.run`.',
      },
      kb,
    );
    expect(f.operations.map((o) => o.id)).toEqual(['shell']);
    expect(f.operations[0]!.via).toContain('ping');
    expect(f.apis).toContain('subprocess.run');
    expect(f.draft.enabled).toBe(false);
    expect(f.textFromCode).toBeUndefined();
  });

  it('does not read the words of a Rust `use` path as request words, but still reads the code after it', async () => {
    const imports = 'use sqlite_stats::{database::Summary, HttpResponse};\n\n';
    const body = 'pub async fn list(q: Summary) -> HttpResponse {\n    let n = ';
    const plain = await deriveFacets({ id: 't', language: 'rust', kind: 'completion', prompt: imports + body }, kb);
    expect(plain.operations.map((o) => o.id)).not.toContain('sql');
    expect(plain.apis).toContain('sqlite_stats.database.Summary');
    const commented = `${imports}// Reads the report rows from the database.\n${body}`;
    const withWords = await deriveFacets({ id: 't', language: 'rust', kind: 'completion', prompt: commented }, kb);
    expect(withWords.operations.map((o) => o.id)).toContain('sql');
  });

  it('reads a long prefix from its cut region: a shell call far above the cut is not evidence, one near it is', async () => {
    const far = ['import subprocess', '', 'def rebuild():', '    subprocess.run("make all", shell=True)', ''];
    const middle = ['def tally():', ...Array.from({ length: 40 }, (_, i) => `    total += weigh(item_${i})`)];
    const near = ['def export(rows):', '    # Write the rows out.', '    for row in rows:', '        '];
    const prompt = [...far, ...middle, ...near].join('\n');
    const long = await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt }, kb);
    expect(long.operations.map((o) => o.id)).not.toContain('shell');
    expect(long.apis).toContain('subprocess');
    // The trace says the prefix was read from its cut region: the import line and the last 12 lines.
    expect(long.cutRegion).toEqual({ keptLines: 13, prefixLines: 50 });
    const shellNear = [...far, ...middle, 'def export(rows):', '    subprocess.run(rows[0], shell=True)', '    '];
    const cutAtShell = await deriveFacets(
      { id: 't', language: 'python', kind: 'completion', prompt: shellNear.join('\n') },
      kb,
    );
    expect(cutAtShell.operations.map((o) => o.id)).toContain('shell');
    // Only the shell call right above the cut names the next line's operation; a short prefix has no near-cut list.
    expect(long.nearCutOperations).toBeUndefined();
    expect(cutAtShell.nearCutOperations).toContain('shell');
    const short = await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt: far.join('\n') }, kb);
    expect(short.operations.map((o) => o.id)).toContain('shell');
    expect(short.nearCutOperations).toBeUndefined();
  });

  it('reads calls, imports and docstrings from a code prefix with tree-sitter', async () => {
    const prompt =
      'import os\nimport sqlite3\n\ndef lookup(name):\n    """Find the user row in the sqlite database."""\n    conn = sqlite3.connect("app.db")\n    os.system("echo " + name)\n';
    const f = await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt }, kb, nodeParser());
    expect(f.apiSource).toBe('tree-sitter');
    expect(f.apis).toEqual(expect.arrayContaining(['os', 'sqlite3', 'sqlite3.connect', 'os.system']));
    expect(f.text).toContain('Find the user row');
    expect(f.textFromCode).toBe(true);
    expect(f.identifiers).toContain('lookup');
    expect(f.operations.map((o) => o.id).sort()).toEqual(['shell', 'sql']);
    expect(f.markers).toEqual([{ cwe: 'CWE-78', markers: ['os.system'] }]);
  });

  it('falls back to patterns without a parser and records model facets when given', async () => {
    const f = await deriveFacets(
      {
        id: 't',
        language: 'python',
        kind: 'completion',
        prompt: 'import subprocess\nsubprocess.run(cmd, shell=True)\n',
      },
      kb,
      undefined,
      { draft: 'os.system(x)', causeAnalysis: '' },
    );
    expect(f.apiSource).toBe('pattern');
    expect(f.apis).toContain('subprocess.run');
    expect(f.draft).toMatchObject({ enabled: true, apis: ['os.system'] });
    expect(f.causeAnalysis.enabled).toBe(true);
    expect(f.causeAnalysis.note).toBeTruthy();
  });

  it('marks names imported from a module but never called as imported only, with or without a parser', async () => {
    const prompt =
      'from flask import Flask, request, redirect\nimport subprocess\n\napp = Flask(__name__)\n\ndef run():\n    """Run the command given in the request."""\n';
    for (const parser of [nodeParser(), undefined]) {
      const f = await deriveFacets({ id: 't', language: 'python', kind: 'completion', prompt }, kb, parser);
      expect(f.apis).toEqual(expect.arrayContaining(['flask.redirect', 'redirect', 'subprocess', 'Flask']));
      expect(f.importedOnly).toEqual(expect.arrayContaining(['redirect', 'flask.redirect', 'request']));
      // Flask is called; a module import (subprocess) is never "imported only".
      expect(f.importedOnly).not.toContain('Flask');
      expect(f.importedOnly).not.toContain('subprocess');
    }
  });
});

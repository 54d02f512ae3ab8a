// The folders of src/core form layers: no folder imports, directly or through others, a folder that
// imports it back. Read from the import statements of every non-test file (TypeScript's own scanner).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('.', import.meta.url));
const isTestSupport = (file: string): boolean => /\.test\.tsx?$|TestKit\.ts$/.test(file);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !isTestSupport(entry.name) ? [path] : [];
  });
}

/** The top folder under src/core a path belongs to, or null for a file at the root (the pipeline's wiring). */
function folderOf(path: string): string | null {
  const parts = relative(CORE, path).split(/[\\/]/);
  return parts.length > 1 && !parts[0]!.startsWith('..') ? parts[0]! : null;
}

/** Folder -> folders it imports, with one importing file per edge to name in a failure. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(CORE)) {
    const from = folderOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(resolve(dirname(file), fileName));
      if (to && to !== from && !edges.has(to)) edges.set(to, relative(CORE, file));
    }
  }
  return graph;
}

/** Every cycle found by depth-first search, as "a -> b (file) -> a". */
function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]): void => {
    if (path.includes(node)) {
      const loop = [...path.slice(path.indexOf(node)), node];
      found.push(loop.map((n, i) => (i === 0 ? n : `${n} (${graph.get(loop[i - 1]!)!.get(n)})`)).join(' -> '));
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node)?.keys() ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

describe('src/core folder graph', () => {
  const graph = folderGraph();

  it('reads the folders and their imports', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['kb', 'kbTools', 'facets', 'retrieval', 'critique']));
    expect(graph.get('retrieval')?.has('kb')).toBe(true);
  });

  it('has no cycle between folders', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const withTie = new Map(graph);
    withTie.set('kb', new Map([...(graph.get('kb') ?? []), ['retrieval', 'kb/example.ts']]));
    expect(cycles(withTie).some((c) => c.includes('retrieval (kb/example.ts)'))).toBe(true);
  });

  it('keeps the knowledge-base artefact below its tooling and below retrieval', () => {
    const kb = [...(graph.get('kb')?.keys() ?? [])];
    expect(kb.filter((f) => !['task', 'languages', 'cwe'].includes(f))).toEqual([]);
  });
});

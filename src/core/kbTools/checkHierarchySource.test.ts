// The kb build refuses a CWE hierarchy that is unsound or that leaves a kb/cwe entry out.
import { describe, expect, it } from 'vitest';
import { PlaygroundError } from '../errors';
import type { KbSourceFile } from '../kb/KbSources';
import { fixtureKbSources } from './fixtureKbSources';
import { validateKbSources } from './validateKbSources';

type Hierarchy = { cwes: { id: string; name: string; parents: string[] }[]; siblings: string[][] };

function withHierarchy(edit: (h: Hierarchy) => void): KbSourceFile[] {
  const files = fixtureKbSources();
  const file = files.find((f) => f.path === 'kb/cwe-hierarchy.json')!;
  const data = structuredClone(file.data) as Hierarchy;
  edit(data);
  file.data = data;
  return files;
}

function problemsOf(files: KbSourceFile[]): string {
  try {
    validateKbSources(files);
  } catch (error) {
    if (error instanceof PlaygroundError && error.code === 'KB_INVALID') return error.message;
    throw error;
  }
  return 'accepted';
}

describe('kb build: kb/cwe-hierarchy.json', () => {
  it('is read into the sources and built into the artefact', () => {
    const kb = validateKbSources(fixtureKbSources());
    expect(kb.hierarchy.cwes.find((c) => c.id === 'CWE-78')?.parents).toEqual(['CWE-77']);
  });
  it('refuses an unknown parent and a cycle', () => {
    const files = withHierarchy((h) => {
      h.cwes.find((c) => c.id === 'CWE-74')!.parents = ['CWE-78'];
      h.cwes.find((c) => c.id === 'CWE-89')!.parents.push('CWE-4040');
    });
    const message = problemsOf(files);
    expect(message).toContain('kb/cwe-hierarchy.json: cwes[3].parents[1]: unknown id "CWE-4040"');
    expect(message).toContain('kb/cwe-hierarchy.json: cycle: CWE-74 -> CWE-78 -> CWE-77 -> CWE-74');
  });
  it('refuses a kb/cwe entry it does not place, or places under another name', () => {
    const files = withHierarchy((h) => {
      h.cwes = h.cwes.filter((c) => c.id !== 'CWE-89');
      h.cwes.find((c) => c.id === 'CWE-78')!.name = 'Shell Injection';
      h.cwes.find((c) => c.id === 'CWE-943')!.parents = ['CWE-74'];
    });
    const message = problemsOf(files);
    expect(message).toContain('kb/cwe-hierarchy.json: cwes: CWE-89 (a kb/cwe entry) is missing');
    expect(message).toContain('CWE-78: name "Shell Injection" differs from kb/cwe "OS Command Injection"');
  });
  it('refuses siblings that share no parent, a malformed id, and a missing file', () => {
    expect(problemsOf(withHierarchy((h) => (h.siblings = [['CWE-78', 'CWE-89']])))).toContain(
      'siblings[0]: CWE-78, CWE-89 share no direct parent',
    );
    expect(problemsOf(withHierarchy((h) => (h.cwes[0]!.id = '74')))).toContain('cwes[0].id');
    const without = fixtureKbSources().filter((f) => f.path !== 'kb/cwe-hierarchy.json');
    expect(problemsOf(without)).toContain('kb/cwe-hierarchy.json: missing');
  });
});

import { describe, expect, it } from 'vitest';
import { validateKbSources } from './validateKbSources';
import { fixtureKbSources } from './fixtureKbSources';
import { PlaygroundError } from '../errors';

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlaygroundError) return `${error.code} ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('validateKbSources', () => {
  it('accepts the fixture and warns about tasks without a CWE entry', () => {
    const files = fixtureKbSources();
    files.push({
      path: 'kb/tasks/t2.yaml',
      data: { id: 't2', title: 'T', language: 'c', cwe: 'CWE-999', kind: 'nl', prompt: 'x' },
    });
    const kb = validateKbSources(files);
    expect(kb.cwes.map((c) => c.id)).toEqual(['CWE-78', 'CWE-89']);
    expect(kb.warnings.join()).toContain('CWE-999');
  });

  it('warns when a task has security tests without a vulnerable solution, or the reverse', () => {
    const files = fixtureKbSources();
    const task = { title: 'T', language: 'python', cwe: 'CWE-78', kind: 'nl', prompt: 'x' };
    files.push({ path: 'kb/tasks/s1.yaml', data: { ...task, id: 's1', securityTests: 'assert True' } });
    files.push({ path: 'kb/tasks/s2.yaml', data: { ...task, id: 's2', vulnerable: 'x = 1' } });
    files.push({
      path: 'kb/tasks/s3.yaml',
      data: { ...task, id: 's3', securityTests: 'assert True', vulnerable: 'x = 1' },
    });
    const warned = validateKbSources(files).warnings.filter((w) => w.includes('securityTests and vulnerable'));
    expect(warned.map((w) => w.split(':')[0])).toEqual(['task s1', 'task s2']);
  });

  it('names the file and field of a missing example side', () => {
    const files = fixtureKbSources();
    const cwe = files.find((f) => f.path === 'kb/cwe/CWE-78.yaml')!;
    const data = structuredClone(cwe.data) as { examples: Record<string, unknown>[] };
    delete data.examples[0]!.fixed;
    cwe.data = data;
    expect(errorOf(() => validateKbSources(files))).toContain('kb/cwe/CWE-78.yaml: examples[0].fixed: Required');
  });

  it('rejects unknown languages, unknown operations and duplicate ids', () => {
    const files = fixtureKbSources();
    const cwe = files.find((f) => f.path === 'kb/cwe/CWE-89.yaml')!;
    const data = structuredClone(cwe.data) as {
      languages: string[];
      operations: string[];
      guidelines: { id: string }[];
    };
    data.languages = ['python', 'cobol'];
    cwe.data = data;
    const message = errorOf(() => validateKbSources(files));
    expect(message).toContain('KB_INVALID');
    expect(message).toContain('kb/cwe/CWE-89.yaml: languages[1]');
    data.languages = ['python'];
    data.operations = ['teleport'];
    data.guidelines[0]!.id = 'CWE-78-g1';
    const second = errorOf(() => validateKbSources(files));
    expect(second).toContain('unknown operation id "teleport"');
    expect(second).toContain('duplicate guideline id "CWE-78-g1"');
  });
});

import { describe, expect, it } from 'vitest';
import { addOperationApis } from './addOperationApis';
import { validateKbSources } from './validateKbSources';
import { fixtureKbSources } from './fixtureKbSources';

const ops = [{ id: 'shell', label: 'Shell', keywords: ['shell'], apis: ['system', 'shell_exec'] }];

describe('addOperationApis', () => {
  it("adds a language file's names to its operation once, ignoring case and separators already listed", () => {
    const errors: string[] = [];
    const [shell] = addOperationApis(
      ops,
      [
        {
          path: 'kb/operation-apis/php.yaml',
          language: 'php',
          apis: { shell: ['pcntl_exec', 'SHELL_EXEC', 'pcntl_exec'] },
        },
      ],
      errors,
    );
    expect(shell!.apis).toEqual(['system', 'shell_exec', 'pcntl_exec']);
    expect(ops[0]!.apis).toEqual(['system', 'shell_exec']);
    expect(errors).toEqual([]);
  });

  it('reports an unknown operation id with its file', () => {
    const errors: string[] = [];
    addOperationApis(ops, [{ path: 'kb/operation-apis/cpp.yaml', language: 'cpp', apis: { nope: ['x'] } }], errors);
    expect(errors).toEqual(['kb/operation-apis/cpp.yaml: apis.nope: unknown operation id "nope"']);
  });

  it('is read from kb/operation-apis/<language>.yaml by the source validation', () => {
    const files = [
      ...fixtureKbSources(),
      { path: 'kb/operation-apis/cpp.yaml', data: { language: 'cpp', apis: { shell: ['QProcess'] } } },
    ];
    const shell = validateKbSources(files).operations.find((o) => o.id === 'shell');
    expect(shell!.apis).toContain('QProcess');
    const bad = [...fixtureKbSources(), { path: 'kb/operation-apis/x.yaml', data: { language: 'cobol', apis: {} } }];
    expect(() => validateKbSources(bad)).toThrow(/operation-apis\/x\.yaml: language/);
  });
});

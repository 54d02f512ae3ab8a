// toSarifLog: levels from severity and tier, rule indexes, CWE tags and taxa, 1-based regions, suppressed results.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../Finding';
import { toSarifLog } from './toSarifLog';
import { cweTag, cweTaxonId } from './cweTaxonomy';
import { sarifLevel } from './sarifLevel';

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'py-os-system',
    cwe: 'CWE-78',
    severity: 'error',
    message: 'Shell command built from input',
    line: 6,
    column: 5,
    endLine: 6,
    endColumn: 27,
    tier: 'finding',
    ...over,
  };
}

const RULES = [
  { id: 'py-os-system', cwe: 'CWE-78', severity: 'error' as const, message: 'Our words', fix: 'Pass a list' },
];

describe('sarifLevel', () => {
  it('maps error/warning/info and makes every note a note', () => {
    expect(sarifLevel({ severity: 'error', tier: 'finding' })).toBe('error');
    expect(sarifLevel({ severity: 'warning' })).toBe('warning');
    expect(sarifLevel({ severity: 'info', tier: 'finding' })).toBe('note');
    expect(sarifLevel({ severity: 'error', tier: 'note' })).toBe('note');
  });
});

describe('cweTaxonomy', () => {
  it('writes bare taxon ids and three-digit tags', () => {
    expect(cweTaxonId('cwe-078')).toBe('78');
    expect(cweTag('CWE-22')).toBe('external/cwe/cwe-022');
    expect(cweTag('CWE-1333')).toBe('external/cwe/cwe-1333');
  });
});

describe('toSarifLog', () => {
  const log = toSarifLog(
    [
      { uri: 'a.jsonl#1', language: 'python', findings: [finding({})] },
      {
        uri: 'b.py',
        findings: [finding({ rule: 'py-md5', cwe: 'CWE-328', severity: 'warning', line: 2, tier: 'note' })],
        suppressed: [{ ...finding({ line: 9 }), suppressedBy: 'team: trusted' }],
      },
    ],
    { toolName: 'ours', toolVersion: 'rules-1-abc', rules: RULES },
  );
  const run = log.runs[0]!;

  it('names the tool, its version and its rules with our descriptions, CWE help and tags', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'ours', version: 'rules-1-abc' });
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(['py-md5', 'py-os-system']);
    const osRule = run.tool.driver.rules![1]!;
    expect(osRule.shortDescription?.text).toBe('Our words');
    expect(osRule.help?.text).toBe('Pass a list');
    expect(osRule.helpUri).toBe('https://cwe.mitre.org/data/definitions/78.html');
    expect(osRule.properties?.tags).toContain('external/cwe/cwe-078');
    expect(osRule.defaultConfiguration?.level).toBe('error');
    // A rule missing from the registry is described from its finding.
    expect(run.tool.driver.rules![0]!.shortDescription?.text).toBe('Shell command built from input');
  });

  it('gives each result its rule index, level, location and CWE taxon', () => {
    const [first, note, suppressed] = run.results!;
    expect(first).toMatchObject({ ruleId: 'py-os-system', ruleIndex: 1, level: 'error' });
    expect(first!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'a.jsonl#1', index: 0 },
      region: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 27 },
    });
    expect(note).toMatchObject({ ruleId: 'py-md5', ruleIndex: 0, level: 'note' });
    expect(suppressed!.suppressions).toEqual([{ kind: 'external', justification: 'team: trusted' }]);
    const taxa = run.taxonomies![0]!.taxa!;
    expect(run.taxonomies![0]!.name).toBe('CWE');
    expect(taxa.map((t) => t.id)).toEqual(['328', '78']);
    expect(taxa[1]!.name).toContain('OS Command');
    expect(first!.taxa).toEqual([{ id: '78', index: 1, toolComponent: { name: 'CWE', index: 0 } }]);
    expect(run.tool.driver.rules![1]!.relationships![0]!.target.index).toBe(1);
    expect(run.artifacts?.map((a) => a.location?.uri)).toEqual(['a.jsonl#1', 'b.py']);
  });

  it('gives a low-severity finding the level note, and keeps error and warning', () => {
    const levels = (['error', 'warning', 'info', 'low'] as const).map((severity) =>
      sarifLevel({ severity, tier: 'finding' }),
    );
    expect(levels).toEqual(['error', 'warning', 'note', 'note']);
  });

  it('says in properties when the tainted value is a parameter, and only then', () => {
    const fromParameter = finding({
      source: 'parameter',
      message: 'Built. The value is a parameter of this function.',
    });
    const [plain, param] = toSarifLog([{ uri: 'p.py', findings: [finding({}), fromParameter] }], {
      toolName: 'ours',
      toolVersion: 'v',
    }).runs[0]!.results!;
    expect(param!.properties).toMatchObject({ source: 'parameter', tier: 'finding' });
    expect(param!.message.text).toContain('parameter');
    expect(plain!.properties).not.toHaveProperty('source');
  });

  it('writes an empty run when nothing was found', () => {
    const empty = toSarifLog([{ uri: 'c.py', findings: [] }], { toolName: 'ours', toolVersion: 'v' });
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toEqual([]);
  });
});

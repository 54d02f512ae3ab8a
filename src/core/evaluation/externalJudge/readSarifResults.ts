// Reads any tool's SARIF 2.1.0 log (CodeQL, Semgrep, Bandit, ours) as flat results: file, rule, CWE, line, level,
// and the files the tool says it scanned. Only what SARIF defines is read; nothing is guessed from rule names.
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import { PlaygroundError } from '../../errors';
import { canonicalCweId } from '../../cwe/createCweHierarchy';

export interface ExternalResult {
  tool: string;
  uri: string;
  ruleId: string;
  /** From the result's or rule's CWE taxa, a `cwe` property, or an `external/cwe/cwe-N` tag; null when none says. */
  cwe: string | null;
  line: number | null;
  /** SARIF's default level is `warning` when neither the result nor its rule sets one. */
  level: 'error' | 'warning' | 'note' | 'none';
}

export interface ExternalScan {
  tools: string[];
  results: ExternalResult[];
  /** Every URI the logs name: listed artifacts and result locations (a clean file appears only if listed). */
  scanned: string[];
}

// CodeQL and ours: "external/cwe/cwe-078"; Semgrep: "CWE-78: Improper Neutralization of ...".
const CWE_TAG = /^(?:external\/cwe\/)?cwe[-_ ]?(\d+)\b/i;

function cweOf(result: Result, rule: ReportingDescriptor | undefined): string | null {
  const taxon = [...(result.taxa ?? []), ...(rule?.relationships ?? []).map((r) => r.target)].find(
    (t) => t.toolComponent?.name?.toUpperCase() === 'CWE' && t.id,
  );
  if (taxon?.id) return canonicalCweId(taxon.id);
  const property = result.properties?.cwe;
  if (typeof property === 'string' && /\d/.test(property)) return canonicalCweId(property);
  const tags = [...((result.properties?.tags as unknown[]) ?? []), ...((rule?.properties?.tags as unknown[]) ?? [])];
  for (const tag of tags) {
    const match = typeof tag === 'string' ? CWE_TAG.exec(tag) : null;
    if (match?.[1]) return `CWE-${Number(match[1])}`;
  }
  return null;
}

function ruleOf(run: Run, result: Result): ReportingDescriptor | undefined {
  const rules = run.tool.driver.rules ?? [];
  const index = result.ruleIndex ?? result.rule?.index;
  if (index !== undefined && index >= 0 && rules[index]) return rules[index];
  const id = result.ruleId ?? result.rule?.id;
  return rules.find((r) => r.id === id);
}

function uriOf(run: Run, result: Result): string | undefined {
  const location = result.locations?.[0]?.physicalLocation?.artifactLocation;
  if (location?.uri) return location.uri;
  if (location?.index !== undefined) return run.artifacts?.[location.index]?.location?.uri;
  return undefined;
}

export function readSarifResults(logs: readonly unknown[]): ExternalScan {
  const scan: ExternalScan = { tools: [], results: [], scanned: [] };
  logs.forEach((value, i) => {
    const log = value as Partial<Log>;
    if (typeof log !== 'object' || log === null || !Array.isArray(log.runs))
      throw new PlaygroundError('BAD_INPUT', { message: `SARIF file ${i + 1} has no "runs": not a SARIF log` });
    for (const run of log.runs) {
      const tool = run.tool?.driver?.name ?? 'unknown tool';
      if (!scan.tools.includes(tool)) scan.tools.push(tool);
      for (const a of run.artifacts ?? []) if (a.location?.uri) scan.scanned.push(a.location.uri);
      for (const result of run.results ?? []) {
        const uri = uriOf(run, result);
        if (!uri) continue;
        scan.scanned.push(uri);
        if (result.suppressions?.length) continue;
        const rule = ruleOf(run, result);
        scan.results.push({
          tool,
          uri,
          ruleId: result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown rule',
          cwe: cweOf(result, rule),
          line: result.locations?.[0]?.physicalLocation?.region?.startLine ?? null,
          level: result.level ?? rule?.defaultConfiguration?.level ?? 'warning',
        });
      }
    }
  });
  return scan;
}

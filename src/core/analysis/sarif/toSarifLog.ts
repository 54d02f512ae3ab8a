// One SARIF 2.1.0 log for the analyser's records: one run, one artifact per analysed code, rules and CWE taxa.
import type { Artifact, Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, SuppressedFinding } from '../Finding';
import type { Language } from '../../task/Task';
import { cweTaxonomy } from './cweTaxonomy';
import { sarifLevel } from './sarifLevel';
import { sarifRule, type SarifRuleMeta } from './sarifRule';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** One analysed code: where it is (a relative URI or a placeholder) and what the analyser found in it. */
export interface SarifArtifactInput {
  uri: string;
  language?: Language;
  findings: readonly Finding[];
  /** Findings hidden by team feedback: written as suppressed results, not dropped. */
  suppressed?: readonly SuppressedFinding[];
}

export interface SarifLogOptions {
  toolName: string;
  /** The analyser version (analyzerVersion()), so a log says which rule set judged. */
  toolVersion: string;
  /** Rule metadata by id (the registry); a finding's rule missing from it is described from the finding. */
  rules?: readonly SarifRuleMeta[];
  informationUri?: string;
  /** Inputs that could not be analysed (a bad JSON line, an unknown language): written as error notifications. */
  problems?: readonly string[];
}

export function toSarifLog(artifacts: readonly SarifArtifactInput[], options: SarifLogOptions): Log {
  const all = artifacts.flatMap((a) => [...a.findings, ...(a.suppressed ?? [])]);
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const used = new Map<string, SarifRuleMeta>();
  for (const f of all) if (!used.has(f.rule)) used.set(f.rule, known.get(f.rule) ?? { ...f, id: f.rule });
  const ruleMetas = [...used.values()].sort((a, b) => a.id.localeCompare(b.id));
  const taxonomy = cweTaxonomy([...ruleMetas.map((r) => r.cwe), ...all.map((f) => f.cwe)]);
  const rules: ReportingDescriptor[] = ruleMetas.map((r) => sarifRule(r, taxonomy));
  const ruleIndex = new Map(ruleMetas.map((r, i) => [r.id, i]));

  const result = (f: Finding, artifactIndex: number, uri: string, suppressedBy?: string): Result => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule) ?? -1,
    level: sarifLevel(f),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, index: artifactIndex },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    taxa: [taxonomy.reference(f.cwe)],
    ...(suppressedBy ? { suppressions: [{ kind: 'external', justification: suppressedBy }] } : {}),
    // `source: 'parameter'` marks a finding whose tainted value is a parameter of the function (lower confidence);
    // the `analyze` JSON Lines contract has no such key, so SARIF properties and the message carry it.
    properties: {
      cwe: f.cwe,
      related: f.related ?? [],
      tier: f.tier ?? 'finding',
      severity: f.severity,
      ...(f.source ? { source: f.source } : {}),
    },
  });

  const results = artifacts.flatMap((a, i) => [
    ...a.findings.map((f) => result(f, i, a.uri)),
    ...(a.suppressed ?? []).map((f) => result(f, i, a.uri, f.suppressedBy)),
  ]);
  const sarifArtifacts: Artifact[] = artifacts.map((a) => ({
    location: { uri: a.uri },
    ...(a.language ? { sourceLanguage: a.language } : {}),
  }));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName,
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
            supportedTaxonomies: [{ name: taxonomy.taxonomy.name ?? 'CWE', index: 0 }],
          },
        },
        taxonomies: [taxonomy.taxonomy],
        artifacts: sarifArtifacts,
        ...(options.problems
          ? {
              invocations: [
                {
                  executionSuccessful: options.problems.length === 0,
                  toolExecutionNotifications: options.problems.map((text) => ({ level: 'error', message: { text } })),
                },
              ],
            }
          : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

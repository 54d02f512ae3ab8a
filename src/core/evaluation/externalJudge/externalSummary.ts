// The external judge's rates per configuration: secure by the external tools among the judged runs, with a 95%
// Wilson interval; runs not judged are counted apart and are in no rate.
import type { TaskResult } from '../TaskResult';
import { wilsonInterval } from '../wilsonInterval';

export interface ExternalSummaryRow {
  runs: number;
  judged: number;
  notJudged: number;
  externalSecure: number;
  /** null when no run of the configuration was judged. */
  externalSecureRate: number | null;
  ci: { externalSecureRate: [number, number] | null };
  /** Judged runs where our analyser and the external tools agree on secure / insecure (runs with a verdict of both). */
  agreement: { bothSecure: number; bothInsecure: number; oursOnlyInsecure: number; externalOnlyInsecure: number };
}

export function externalSummary(results: readonly TaskResult[]): Record<string, ExternalSummaryRow> {
  const byConfig = new Map<string, TaskResult[]>();
  for (const r of results) byConfig.set(r.config, [...(byConfig.get(r.config) ?? []), r]);
  const table: Record<string, ExternalSummaryRow> = {};
  for (const [config, runs] of byConfig) {
    const judged = runs.filter((r) => typeof r.externalSecure === 'boolean');
    const secure = judged.filter((r) => r.externalSecure).length;
    const both = judged.filter((r) => typeof r.secure === 'boolean');
    const count = (ours: boolean, theirs: boolean): number =>
      both.filter((r) => r.secure === ours && r.externalSecure === theirs).length;
    table[config] = {
      runs: runs.length,
      judged: judged.length,
      notJudged: runs.length - judged.length,
      externalSecure: secure,
      externalSecureRate: judged.length ? secure / judged.length : null,
      ci: { externalSecureRate: wilsonInterval(secure, judged.length) },
      agreement: {
        bothSecure: count(true, true),
        bothInsecure: count(false, false),
        oursOnlyInsecure: count(false, true),
        externalOnlyInsecure: count(true, false),
      },
    };
  }
  return table;
}

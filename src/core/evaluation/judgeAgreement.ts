// How far two judges of "secure" agree on the same runs: our analyser (`secure`), the task's security
// tests (`securityTestsPassed`) and any other judge column a record carries (e.g. an imported external
// tool's `externalSecure`). Per pair of judges, a 2x2 confusion table per CWE and overall, with raw
// agreement and Cohen's kappa, so an evaluator sees where the analyser disagrees with behaviour.
import type { TaskResult } from './TaskResult';

/** A judge: its name and the record field holding its verdict (true = secure; null/absent = no verdict). */
export interface Judge {
  name: string;
  field: string;
}

/** Known judge columns, in display order; a column no record fills is left out of the tables. */
export const JUDGES: readonly Judge[] = [
  { name: 'analyser', field: 'secure' },
  { name: 'securityTests', field: 'securityTestsPassed' },
  { name: 'externalSecure', field: 'externalSecure' },
];

export const ALL_CWES = 'all';

export interface AgreementTable {
  /** The two judges compared: `a` against `b`. */
  a: string;
  b: string;
  /** A CWE label, `none` for unlabelled tasks, or `all` for every run. */
  cwe: string;
  /** Runs both judges gave a verdict on (runs with `error` are left out). */
  n: number;
  bothSecure: number;
  /** `a` says secure, `b` insecure. */
  onlyASecure: number;
  onlyBSecure: number;
  bothInsecure: number;
  /** (bothSecure + bothInsecure) / n; null when n is 0. */
  rawAgreement: number | null;
  /** Cohen's kappa; null when n is 0 or chance agreement is total (both judges constant and equal). */
  kappa: number | null;
}

type Verdicts = Record<string, boolean | null>;

function verdictOf(record: TaskResult, field: string): boolean | null {
  const value = (record as unknown as Record<string, unknown>)[field];
  return typeof value === 'boolean' ? value : null;
}

export interface AgreementCounts {
  bothSecure: number;
  onlyASecure: number;
  onlyBSecure: number;
  bothInsecure: number;
}

/** Raw agreement and Cohen's kappa of a 2x2 table. */
export function agreementStats(c: AgreementCounts): { n: number; rawAgreement: number | null; kappa: number | null } {
  const n = c.bothSecure + c.onlyASecure + c.onlyBSecure + c.bothInsecure;
  if (n === 0) return { n, rawAgreement: null, kappa: null };
  const observed = (c.bothSecure + c.bothInsecure) / n;
  const aSecure = (c.bothSecure + c.onlyASecure) / n;
  const bSecure = (c.bothSecure + c.onlyBSecure) / n;
  const chance = aSecure * bSecure + (1 - aSecure) * (1 - bSecure);
  const kappa = chance >= 1 ? null : (observed - chance) / (1 - chance);
  return { n, rawAgreement: round(observed), kappa: kappa === null ? null : round(kappa) };
}

function table(a: string, b: string, cwe: string, pairs: readonly [boolean, boolean][]): AgreementTable {
  const counts: AgreementCounts = { bothSecure: 0, onlyASecure: 0, onlyBSecure: 0, bothInsecure: 0 };
  for (const [va, vb] of pairs) {
    if (va && vb) counts.bothSecure += 1;
    else if (va) counts.onlyASecure += 1;
    else if (vb) counts.onlyBSecure += 1;
    else counts.bothInsecure += 1;
  }
  return { a, b, cwe, ...counts, ...agreementStats(counts) };
}

/**
 * Every pair of judges that both gave a verdict on at least one run: the overall table (cwe `all`) first,
 * then one per CWE label in order. Runs with `error` are no result and are left out.
 */
export function judgeAgreement(results: readonly TaskResult[], judges: readonly Judge[] = JUDGES): AgreementTable[] {
  const scored = results.filter((r) => !r.error);
  const rows = scored.map((r) => ({
    cwe: r.cwe ?? 'none',
    verdicts: Object.fromEntries(judges.map((j) => [j.name, verdictOf(r, j.field)])) as Verdicts,
  }));
  const out: AgreementTable[] = [];
  for (let i = 0; i < judges.length; i++) {
    for (let j = i + 1; j < judges.length; j++) {
      const a = judges[i]!.name;
      const b = judges[j]!.name;
      const both = rows.flatMap((r) => {
        const va = r.verdicts[a];
        const vb = r.verdicts[b];
        return typeof va === 'boolean' && typeof vb === 'boolean'
          ? [{ cwe: r.cwe, pair: [va, vb] as [boolean, boolean] }]
          : [];
      });
      if (both.length === 0) continue;
      out.push(
        table(
          a,
          b,
          ALL_CWES,
          both.map((x) => x.pair),
        ),
      );
      for (const cwe of [...new Set(both.map((x) => x.cwe))].sort()) {
        out.push(
          table(
            a,
            b,
            cwe,
            both.filter((x) => x.cwe === cwe).map((x) => x.pair),
          ),
        );
      }
    }
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

// A low-severity finding (the known-dangerous API tier) adds nothing where another rule already reports the same
// line with the same weakness, a direct relative of it (CWE-328 under a CWE-327 finding, CWE-330 under CWE-338),
// or the same call node: the stronger finding, with its evidence, is the one to show.
import type { Finding } from './Finding';
import { relatedCwes } from '../cwe/cweHierarchy';

export function withoutCoveredLowFindings(findings: readonly Finding[]): Finding[] {
  const others = findings.filter((f) => f.severity !== 'low');
  const covered = (low: Finding): boolean =>
    others.some(
      (f) =>
        f.line === low.line &&
        (f.cwe === low.cwe ||
          relatedCwes(low.cwe).includes(f.cwe) ||
          (f.column === low.column && f.endLine === low.endLine && f.endColumn === low.endColumn)),
    );
  return findings.filter((f) => f.severity !== 'low' || !covered(f));
}

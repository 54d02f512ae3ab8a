// Which findings count: every rate (secure, Fix/Intro, the critique loop's stop, evaluation) counts only tier 'finding'.
import type { Finding } from './Finding';

/** A finding that counts as insecure; a missing tier (older traces) counts. */
export function isCounted(finding: Pick<Finding, 'tier'>): boolean {
  return finding.tier !== 'note';
}

/** The findings that count, in their order; notes are left out. */
export function countedFindings<T extends Pick<Finding, 'tier'>>(findings: readonly T[]): T[] {
  return findings.filter(isCounted);
}

/** The notes: shown and explained, counted nowhere. */
export function notesOf<T extends Pick<Finding, 'tier'>>(findings: readonly T[]): T[] {
  return findings.filter((f) => !isCounted(f));
}

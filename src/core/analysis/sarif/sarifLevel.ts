// A finding's SARIF level: notes never count, so they are `note` whatever their severity (docs/analyzer.md).
import type { Finding } from '../Finding';

export type SarifLevel = 'error' | 'warning' | 'note';

/**
 * error -> error, warning -> warning, info, low (the known-dangerous API tier) or the note tier -> note. A missing
 * tier reads as 'finding'.
 */
export function sarifLevel(finding: Pick<Finding, 'severity' | 'tier'>): SarifLevel {
  if (finding.tier === 'note') return 'note';
  if (finding.severity === 'error') return 'error';
  if (finding.severity === 'warning') return 'warning';
  return 'note';
}

// The analyser's suppress hook built from feedback: a finding is hidden when team feedback marked
// the same rule a false positive for the same code pattern; the reason names the feedback entry.
import type { Finding } from '../analysis/Finding';
import type { Suppression } from './FeedbackEntry';
import type { Language } from '../task/Task';
import { codePattern } from './codePattern';

export const FEEDBACK_ID = /\bfb-[A-Za-z0-9-]+/g;

export function suppressFinding(
  suppressions: readonly Suppression[],
  language: Language,
): (finding: Finding) => string | null {
  const active = suppressions.filter((s) => s.language === language);
  return (finding) => {
    if (!active.length) return null;
    const pattern = codePattern(finding.snippet ?? '');
    const hit = active.find((s) => s.rule === finding.rule && s.pattern === pattern);
    if (!hit) return null;
    return `Team feedback ${hit.feedbackId} marked rule ${hit.rule} a false positive for this code pattern${hit.note ? `: ${hit.note}` : ''}`;
  };
}

/** Feedback ids named in suppression reasons, so a run's later outcome can be credited to them. */
export function feedbackIdsIn(text: string): string[] {
  return [...new Set(text.match(FEEDBACK_ID) ?? [])];
}

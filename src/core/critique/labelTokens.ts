// Per-token labels for the token-level view and repair pairs: each generated token's probability,
// the code line it falls on, and whether it is security-critical (inside a finding's lines or a
// line the revision changed).
import type { TokenEvent } from '../generation/LlmEngine';
import type { Finding } from '../analysis/Finding';
import type { DiffRecord } from '../diff/DiffRecord';

export interface LabelledToken {
  text: string;
  logprob: number | null;
  /** exp(logprob), null when the engine gave none. */
  prob: number | null;
  /** 1-based line of the extracted code this token starts on; null outside the code (prose, fences). */
  line: number | null;
  critical: boolean;
  why?: 'finding' | 'revised' | 'finding+revised';
}

/** Lines of the generated code that findings cover, and lines the revision removed or replaced. */
export function criticalLines(
  findings: readonly Finding[],
  diff: DiffRecord | undefined,
): { finding: Set<number>; revised: Set<number> } {
  const finding = new Set<number>();
  for (const f of findings) for (let l = f.line; l <= Math.max(f.line, f.endLine); l += 1) finding.add(l);
  const revised = new Set<number>();
  for (const hunk of diff?.hunks ?? []) {
    let old = hunk.oldStart;
    for (const line of hunk.lines) {
      if (line.startsWith('-')) {
        revised.add(old);
        old += 1;
      } else if (!line.startsWith('+') && !line.startsWith('\\')) old += 1;
    }
  }
  return { finding, revised };
}

export function labelTokens(
  text: string,
  tokens: readonly TokenEvent[],
  code: string,
  lines: { finding: Set<number>; revised: Set<number> },
): LabelledToken[] {
  let start = text.indexOf(code);
  let span = code;
  if (start < 0) {
    span = code.trim();
    start = span ? text.indexOf(span) : -1;
  }
  let offset = 0;
  return tokens.map((t) => {
    const at = offset;
    offset += t.text.length;
    let line: number | null = null;
    // A token belongs to the code when its first non-space character lies inside the code span.
    // Whitespace-only tokens keep the line they start on but are never critical.
    const blank = t.text.trim() === '';
    const lead = blank ? at : at + (t.text.length - t.text.trimStart().length);
    if (start >= 0 && lead >= start && lead < start + span.length) line = 1 + countNewlines(span, lead - start);
    const inFinding = !blank && line !== null && lines.finding.has(line);
    const inRevised = !blank && line !== null && lines.revised.has(line);
    const logprob = typeof t.logprob === 'number' ? t.logprob : null;
    const label: LabelledToken = {
      text: t.text,
      logprob,
      prob: logprob === null ? null : Math.exp(logprob),
      line,
      critical: inFinding || inRevised,
    };
    if (inFinding || inRevised)
      label.why = inFinding && inRevised ? 'finding+revised' : inFinding ? 'finding' : 'revised';
    return label;
  });
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i += 1) if (s.charCodeAt(i) === 10) n += 1;
  return n;
}

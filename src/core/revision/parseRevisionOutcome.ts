// Reads the model's revision answer: an explicit "no change needed", or revised code.
import { extractCode } from '../generation/extractCode';
import { stripReasoning } from '../generation/stripReasoning';

export type RevisionOutcome = { kind: 'unchanged' } | { kind: 'revised'; code: string };

const NO_CHANGE = /^\W*no\s+(?:changes?|revision)\s+(?:is\s+|are\s+)?(?:needed|required|necessary)\b/i;

export function parseRevisionOutcome(answer: string, language: string, original: string): RevisionOutcome {
  const trimmed = stripReasoning(answer).trim();
  const hasFence = trimmed.includes('```');
  if (!hasFence && (NO_CHANGE.test(trimmed) || trimmed === '')) return { kind: 'unchanged' };
  if (hasFence && NO_CHANGE.test(trimmed.split('```')[0] ?? '') && !(trimmed.split('```')[1] ?? '').trim()) {
    return { kind: 'unchanged' };
  }
  const code = extractCode(trimmed, language);
  if (normalise(code) === normalise(original)) return { kind: 'unchanged' };
  return { kind: 'revised', code };
}

function normalise(code: string): string {
  return code.replace(/[ \t]+$/gm, '').trim();
}

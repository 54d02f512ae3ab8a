// Reads a critique answer: the problems it lists (bullet or numbered lines outside code fences),
// or none when it says it found nothing. A critique that names no problem finds nothing.
export interface ParsedCritique {
  issues: string[];
  clean: boolean;
}

const NO_ISSUES = /^\W*no\s+(?:security\s+)?(?:issues?|problems?|vulnerabilit(?:y|ies)|weakness(?:es)?)\b/i;
const ITEM = /^\s*(?:[-*•]|\d+[.)])\s+(.+)$/;

export function parseCritique(answer: string): ParsedCritique {
  const text = answer.trim();
  const prose = text
    .split('```')
    .filter((_, i) => i % 2 === 0)
    .join('\n');
  if (NO_ISSUES.test(prose.trim())) return { issues: [], clean: true };
  const issues = prose.split('\n').flatMap((line) => {
    const m = ITEM.exec(line);
    const item = m?.[1]?.trim();
    return item && !NO_ISSUES.test(item) ? [item] : [];
  });
  return { issues, clean: issues.length === 0 };
}

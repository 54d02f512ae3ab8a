// Reads a model's distillation reply ("CAUSE: ..." then "GUIDELINES:" and a bullet list) into a
// summary. Tolerant of markdown bold, numbered lists and extra prose; null when no guideline is found.
import type { DistillSummary } from './distillationRecordSchema';
import { MAX_GUIDELINES } from './distillPrompts';

const CAUSE = /^[\s*#_]*cause[\s*_]*:\s*(.*)$/i;
const GUIDELINES = /^[\s*#_]*guidelines?[\s*_]*:\s*(.*)$/i;
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+(.*\S)\s*$/;

export function parseDistillReply(reply: string): DistillSummary | null {
  const lines = reply.replace(/```[a-z]*\n?/g, '').split('\n');
  const cause: string[] = [];
  const guidelines: string[] = [];
  let section: 'none' | 'cause' | 'guidelines' = 'none';
  for (const line of lines) {
    const c = CAUSE.exec(line);
    const g = GUIDELINES.exec(line);
    if (c) {
      section = 'cause';
      if (c[1]) cause.push(c[1]);
    } else if (g) {
      section = 'guidelines';
      if (g[1] && BULLET.test(g[1])) guidelines.push(BULLET.exec(g[1])![1]!);
    } else if (section === 'guidelines') {
      const bullet = BULLET.exec(line);
      if (bullet) guidelines.push(bullet[1]!);
    } else if (section === 'cause' && line.trim()) {
      cause.push(line.trim());
    }
  }
  const seen = new Set<string>();
  const unique = guidelines.map(clean).filter((text) => {
    const key = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) return null;
  return { cause: clean(cause.join(' ')), guidelines: unique.slice(0, MAX_GUIDELINES) };
}

function clean(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

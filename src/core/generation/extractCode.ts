// Pulls the code out of a model's answer: the fenced block in the task's language if there is one,
// else the first fenced block, else the whole answer (small models often skip the fence).
import { findLanguageSpec } from '../languages/registry';

const FENCE = /```([\w+#-]*)[^\n]*\n([\s\S]*?)(?:```|$)/g;

export function extractCode(text: string, language: string): string {
  const blocks = [...text.matchAll(FENCE)].map((m) => ({ tag: (m[1] ?? '').toLowerCase(), code: m[2] ?? '' }));
  if (blocks.length === 0) return text.trim() + (text.trim() ? '\n' : '');
  const names = findLanguageSpec(language)?.fenceAliases ?? [language];
  const preferred = blocks.find((b) => names.includes(b.tag)) ?? blocks[0]!;
  return preferred.code.replace(/\s+$/, '') + '\n';
}

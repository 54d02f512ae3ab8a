// Pulls the code out of a model's answer: the fenced block in the task's language if there is one,
// else the first fenced block, else the whole answer (small models often skip the fence).
const FENCE = /```([\w+#-]*)[^\n]*\n([\s\S]*?)(?:```|$)/g;

const ALIASES: Record<string, string[]> = {
  python: ['python', 'py', 'python3'],
  javascript: ['javascript', 'js', 'node', 'jsx'],
  typescript: ['typescript', 'ts', 'tsx'],
  cpp: ['cpp', 'c++', 'cc', 'cxx'],
  csharp: ['csharp', 'cs', 'c#'],
  go: ['go', 'golang'],
};

export function extractCode(text: string, language: string): string {
  const blocks = [...text.matchAll(FENCE)].map((m) => ({ tag: (m[1] ?? '').toLowerCase(), code: m[2] ?? '' }));
  if (blocks.length === 0) return text.trim() + (text.trim() ? '\n' : '');
  const names = ALIASES[language] ?? [language];
  const preferred = blocks.find((b) => names.includes(b.tag)) ?? blocks[0]!;
  return preferred.code.replace(/\s+$/, '') + '\n';
}

// Guesses whether a bare prompt is a code prefix or a request in words, for inputs (CLI lines,
// pasted text) that do not say.
import type { TaskKind } from '../task/Task';

const CODE_LINE =
  /^\s*(import\s|from\s+\S+\s+import|#include|def\s|class\s|package\s|using\s|function\s|const\s|let\s|var\s|public\s|private\s|static\s|int\s|void\s|char\s|func\s|<\?php|@\w+|\/\/|\/\*|\w+\s*=\s*\S|}|return\b)/;

export function inferTaskKind(prompt: string): TaskKind {
  const lines = prompt.split('\n').filter((l) => l.trim());
  if (lines.length === 0) return 'nl';
  const code = lines.filter((l) => CODE_LINE.test(l)).length;
  return code >= Math.max(1, lines.length * 0.3) ? 'completion' : 'nl';
}

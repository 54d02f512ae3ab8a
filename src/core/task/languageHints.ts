// Cheap textual hints of a snippet's language, as data per language id (src/core/task/Task.ts).
import type { Language } from './Task';

export interface LanguageHint {
  /** Shown in the trace and the UI, e.g. "#include". */
  label: string;
  pattern: RegExp;
  /** How much the hint counts against one syntax error node (see detectLanguage). */
  weight: number;
}

export interface LanguageHints {
  /** The name people call the language by, for messages ("looks like Python"). */
  name: string;
  hints: LanguageHint[];
  /**
   * Text the grammar needs before it reads code at all. PHP's grammar takes anything outside `<?php` as inline
   * HTML with no error, so without this marker a clean parse says nothing.
   */
  requires?: RegExp;
}

const hint = (label: string, pattern: RegExp, weight = 1): LanguageHint => ({ label, pattern, weight });

export const LANGUAGE_HINTS: Record<Language, LanguageHints> = {
  python: {
    name: 'Python',
    hints: [
      hint('def name(...):', /^\s*def\s+\w+\s*\(.*\)\s*(->.*)?:\s*$/m, 2),
      hint('import / from ... import', /^\s*(from\s+[\w.]+\s+import\s|import\s+[\w.]+\s*$)/m),
      hint('if __name__', /__name__\s*==\s*['"]__main__['"]/, 2),
      hint('True / None', /\b(True|False|None)\b/),
      hint('self.', /\bself\.\w/),
    ],
  },
  c: {
    name: 'C',
    hints: [
      hint('#include', /^\s*#\s*include\s*[<"]/m, 2),
      hint('C library call', /\b(printf|malloc|free|strcpy|strncpy|memcpy|fgets|sprintf|snprintf)\s*\(/),
      hint('int main(', /\bint\s+main\s*\(/),
    ],
  },
  cpp: {
    name: 'C++',
    hints: [
      hint('#include', /^\s*#\s*include\s*[<"]/m),
      hint('std::', /\bstd::/, 2),
      hint('C++ header', /#\s*include\s*<(iostream|string|vector|map|memory|fstream|sstream)>/, 2),
      hint('class / template / namespace', /^\s*(template\s*<|namespace\s+\w+|class\s+\w+\s*(:|\{))/m),
    ],
  },
  javascript: {
    name: 'JavaScript',
    hints: [
      hint('const / let', /^\s*(const|let)\s+[\w{[]/m),
      hint('function / arrow', /\bfunction\b|=>/),
      hint('require( / module.exports', /\brequire\s*\(|module\.exports/, 2),
      hint('console.log', /\bconsole\.\w+\s*\(/),
    ],
  },
  typescript: {
    name: 'TypeScript',
    hints: [
      hint('type annotation', /\w\s*:\s*(string|number|boolean|void|unknown|any)\b/, 2),
      hint('interface / type alias', /^\s*(export\s+)?(interface\s+\w+|type\s+\w+\s*=)/m, 2),
      hint('const / let', /^\s*(const|let)\s+[\w{[]/m),
      hint('import ... from', /^\s*import\s.*\sfrom\s+['"]/m),
    ],
  },
  java: {
    name: 'Java',
    hints: [
      hint('public class', /\bpublic\s+(final\s+)?class\s+\w+/, 2),
      hint('import java.', /^\s*import\s+(java|javax|org)\.[\w.*]+;/m, 2),
      hint('System.out', /\bSystem\.(out|err)\./),
      hint('String[]', /\bString\s*\[\]/),
    ],
  },
  go: {
    name: 'Go',
    hints: [
      hint('package', /^\s*package\s+\w+\s*$/m, 2),
      hint('func', /^\s*func\s+(\(\w+\s+\*?\w+\)\s*)?\w+\s*\(/m, 2),
      hint(':=', /\w\s*:=\s*/),
      hint('err != nil', /\berr\s*!=\s*nil\b/),
    ],
  },
  php: {
    name: 'PHP',
    requires: /<\?(php|=)/,
    hints: [hint('<?php', /<\?php/, 3), hint('$variable', /\$\w+/)],
  },
  csharp: {
    name: 'C#',
    hints: [
      hint('using System', /^\s*using\s+System[\w.]*;/m, 2),
      hint('namespace / class', /^\s*(namespace\s+[\w.]+|(public\s+)?(static\s+)?class\s+\w+)/m),
      hint('Console.', /\bConsole\.\w+/),
      hint('string / var', /\b(var|string)\s+\w+\s*=/),
    ],
  },
  rust: {
    name: 'Rust',
    hints: [
      hint('fn', /^\s*(pub\s+)?fn\s+\w+/m, 2),
      hint('let mut', /\blet\s+mut\b/, 2),
      hint('macro!', /\b(println|format|vec|panic)!\s*[([]/),
      hint('use ...::', /^\s*use\s+\w+::/m),
    ],
  },
  ruby: {
    name: 'Ruby',
    hints: [
      hint('def without colon', /^\s*def\s+\w+[^:\n]*$/m),
      hint('end', /^\s*end\s*$/m, 2),
      hint('puts / require', /^\s*(puts|require)\s+['"\w]/m),
    ],
  },
};

export function languageName(language: Language): string {
  return LANGUAGE_HINTS[language].name;
}

/** The hint labels a snippet matches for one language, and their total weight. */
export function matchHints(code: string, language: Language): { labels: string[]; weight: number } {
  const labels: string[] = [];
  let weight = 0;
  for (const h of LANGUAGE_HINTS[language].hints)
    if (h.pattern.test(code)) {
      labels.push(h.label);
      weight += h.weight;
    }
  return { labels, weight };
}

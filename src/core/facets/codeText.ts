// The natural-language part of a code prefix: comments and docstrings, which say what the
// completion should do (the code itself is read separately for APIs and identifiers).
const PATTERNS: RegExp[] = [
  /"""([\s\S]*?)(?:"""|$)/g,
  /'''([\s\S]*?)(?:'''|$)/g,
  /\/\*([\s\S]*?)(?:\*\/|$)/g,
  /(?:^|[^:"'])\/\/(.*)$/gm,
  /(?:^|\s)#(?!include|define|if|endif|pragma|ifdef|ifndef|undef|else|elif)(.*)$/gm,
];

export function codeText(code: string): string {
  const parts: string[] = [];
  for (const re of PATTERNS)
    for (const m of code.matchAll(re)) {
      const text = (m[1] ?? '').replace(/^\s*\*+/gm, '').trim();
      if (text) parts.push(text);
    }
  return parts.join('\n');
}

/** Spans in backticks inside a natural-language request, e.g. "`subprocess.run`". */
export function backtickSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!.trim()).filter(Boolean);
}

// Languages whose code and advice are interchangeable for retrieval (C advice applies to C++, JS to TS).
const FAMILY: Record<string, string> = {
  c: 'c-family',
  cpp: 'c-family',
  javascript: 'js-family',
  typescript: 'js-family',
};

export function languageFamily(language: string): string {
  return FAMILY[language] ?? language;
}

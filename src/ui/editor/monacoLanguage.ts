// Our language names to Monaco's language ids.
const IDS: Record<string, string> = {
  python: 'python',
  c: 'c',
  cpp: 'cpp',
  javascript: 'javascript',
  typescript: 'typescript',
  java: 'java',
  go: 'go',
  php: 'php',
  csharp: 'csharp',
  rust: 'rust',
  ruby: 'ruby',
};

export function monacoLanguage(language: string): string {
  return IDS[language] ?? 'plaintext';
}

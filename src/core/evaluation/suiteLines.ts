// Tasks as a suite file: one JSON line per task, the inverse of parseSuiteJsonl (`suite export`).
import type { Task } from '../task/Task';

export function suiteLines(tasks: readonly Task[]): string {
  const lines = tasks.map((t) =>
    JSON.stringify({
      id: t.id,
      title: t.title,
      language: t.language,
      kind: t.kind,
      cwe: t.cwe,
      prompt: t.prompt,
      entry: t.entry,
      tests: t.tests,
      reference: t.reference,
      securityTests: t.securityTests,
      vulnerable: t.vulnerable,
    }),
  );
  // JSON.stringify leaves out undefined fields, so tasks without tests or a label stay short.
  return lines.map((l) => `${l}\n`).join('');
}

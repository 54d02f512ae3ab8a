// Counts for `kb stats --json`: per kind, per language (example pairs) and per CWE.
import type { KnowledgeBase } from './KnowledgeBase';

export interface KbStats {
  cwes: number;
  guidelines: number;
  examples: number;
  advisories: number;
  languages: Record<string, number>;
  byCwe: Record<string, { guidelines: number; examples: number; advisories: number }>;
}

export function kbStats(kb: Pick<KnowledgeBase, 'cwes' | 'advisories'>): KbStats {
  const languages: Record<string, number> = {};
  const byCwe: KbStats['byCwe'] = {};
  for (const cwe of kb.cwes) {
    byCwe[cwe.id] = { guidelines: cwe.guidelines.length, examples: cwe.examples.length, advisories: 0 };
    for (const e of cwe.examples) languages[e.language] = (languages[e.language] ?? 0) + 1;
  }
  for (const a of kb.advisories) {
    const entry = (byCwe[a.cwe] ??= { guidelines: 0, examples: 0, advisories: 0 });
    entry.advisories += 1;
  }
  return {
    cwes: kb.cwes.length,
    guidelines: kb.cwes.reduce((n, c) => n + c.guidelines.length, 0),
    examples: kb.cwes.reduce((n, c) => n + c.examples.length, 0),
    advisories: kb.advisories.length,
    languages,
    byCwe,
  };
}

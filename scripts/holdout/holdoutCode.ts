// Assembles the hold-out code corpus (holdout/code, see holdout/README.md) into JSON Lines with the schema of the
// public dev set, so the analyser and advisory scripts measure it unchanged:
// `npx tsx scripts/holdout/holdoutCode.ts OUT.jsonl [ROOT...]` (ROOTs default to HOLDOUT_ROOTS).
// Layout: ROOT/<language>/cwe<N>-<slug>/{vulnerable,secure}.<ext>; the directory names the pair and its CWE.
// holdout/code holds the first round (canonical API shapes), holdout/indirect the second (taint through wrappers,
// helpers and arithmetic, guards that keep the risky call), holdout/real the third (40-70-line project files with the
// weakness in one function and a fix-commit-sized diff), holdout/r4 the fourth (whole answers as a code model writes
// them for a request), holdout/r5 the fifth (benchmark-style files: a task docstring, imports, helpers and the function
// under test, 11 to 98 lines); one root alone measures one round. Samples in a language the playground does not offer yet
// (holdout/r4/ruby) are left out of the output with a note, so they join the measurement once the language is offered.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLanguage } from '../../src/core/task/Task';

export type HoldoutLabel = 'vulnerable' | 'secure';

export interface HoldoutSample {
  id: string;
  source: 'holdout';
  language: string;
  cwe: string;
  label: HoldoutLabel;
  code: string;
  pair: string;
}

/** A pair directory is `cwe<N>-<slug>`: lower-case words joined by hyphens after the CWE number. */
export const PAIR_DIR = /^cwe(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const HOLDOUT_ROOTS = ['holdout/code', 'holdout/indirect', 'holdout/real', 'holdout/r4', 'holdout/r5'];
export const LABELS: readonly HoldoutLabel[] = ['vulnerable', 'secure'];

/** Every file of every pair directory under root, one sample per side file, in a stable order. */
export function readHoldoutCorpus(root: string): HoldoutSample[] {
  const samples: HoldoutSample[] = [];
  for (const language of readdirSync(root).sort()) {
    const languageDir = join(root, language);
    for (const dir of readdirSync(languageDir).sort()) {
      const match = PAIR_DIR.exec(dir);
      if (!match) throw new Error(`${language}/${dir}: pair directories are named cwe<N>-<slug>`);
      const pair = `${root.replace(/\/+$/, '')}/${language}/${dir}`;
      for (const file of readdirSync(join(languageDir, dir)).sort()) {
        const label = file.replace(/\..*$/, '');
        if (!LABELS.includes(label as HoldoutLabel))
          throw new Error(`${pair}/${file}: side files are ${LABELS.join(' or ')}`);
        samples.push({
          id: `${pair}/${label}`,
          source: 'holdout',
          language,
          cwe: `CWE-${match[1]}`,
          label: label as HoldoutLabel,
          code: readFileSync(join(languageDir, dir, file), 'utf8'),
          pair,
        });
      }
    }
  }
  return samples;
}

function main(): void {
  const [out, ...given] = process.argv.slice(2);
  const roots = given.length > 0 ? given : HOLDOUT_ROOTS;
  if (!out || !roots.every((r) => existsSync(r)))
    throw new Error('usage: npx tsx scripts/holdout/holdoutCode.ts OUT.jsonl [ROOT...]');
  const all = roots.flatMap((root) => readHoldoutCorpus(root));
  const samples = all.filter((s) => isLanguage(s.language));
  const waiting = [...new Set(all.filter((s) => !isLanguage(s.language)).map((s) => s.language))];
  if (waiting.length > 0)
    process.stderr.write(`left out ${all.length - samples.length} samples in languages not offered: ${waiting.join(', ')}\n`);
  writeFileSync(out, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  process.stdout.write(`${samples.length} samples, ${new Set(samples.map((s) => s.pair)).size} pairs -> ${out}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

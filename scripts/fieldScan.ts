// Field precision: run the analyser over real code that is installed on the machine (a Python standard library, a
// vendored SDK, npm's own modules, example C programs) and report how often each rule fires per thousand lines.
// Such code is written by professionals and is mostly not vulnerable, so a rule that fires often here is a source
// of false positives on code from outside our benchmarks. Nothing from the scanned trees enters the repository:
// paths are arguments, the output is counts plus locations to review by hand.
//   npx tsx scripts/fieldScan.ts --language python [--max-files 400] [--max-lines 2000] [--skip-tests]
//        [--seed S] [--show RULE] [--notes] DIR...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCode } from '../src/core/analysis/analyzeCode';
import { isCounted } from '../src/core/analysis/countedFindings';
import { nodeParser } from '../src/adapters/node/nodeParser';
import { isLanguage, languageSpec } from '../src/core/languages/registry';

const TEST_DIRS = new Set(['test', 'tests', 'testing', '__tests__', 'testdata', 'unittest', 'idle_test']);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function filesUnder(dir: string, extensions: string[], skipTests: boolean, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // `.pc/` holds Debian's quilt copies of patched files: scanning it would count those files twice.
      if (entry.name !== '.pc' && !(skipTests && TEST_DIRS.has(entry.name)))
        filesUnder(path, extensions, skipTests, out);
    } else if (entry.isFile() && extensions.some((e) => entry.name.endsWith(e))) {
      if (!(skipTests && /^test_|_test\.|\.test\.|\.spec\./.test(entry.name))) out.push(path);
    }
  }
}

/** FNV-1a of the path and seed: a stable, spread-out order, so a sample is the same on every machine. */
function rank(path: string, seed: string): number {
  let h = 0x811c9dc5;
  for (const ch of seed + path) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

interface RuleCount {
  files: number;
  findings: number;
  shown: string[];
}

async function main(): Promise<void> {
  const language = option('--language');
  const valueOptions = new Set(['--language', '--max-files', '--max-lines', '--seed', '--show']);
  const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !valueOptions.has(all[i - 1] ?? ''));
  if (!isLanguage(language) || dirs.length === 0)
    throw new Error('usage: npx tsx scripts/fieldScan.ts --language L [--max-files N] [--max-lines N] DIR...');
  const maxFiles = Number(option('--max-files') ?? 400);
  const maxLines = Number(option('--max-lines') ?? 2000);
  const seed = option('--seed') ?? '';
  const show = option('--show');
  const withNotes = process.argv.includes('--notes');
  const files: string[] = [];
  for (const dir of dirs)
    filesUnder(dir, languageSpec(language).extensions, process.argv.includes('--skip-tests'), files);
  files.sort((a, b) => rank(a, seed) - rank(b, seed) || a.localeCompare(b));
  const parser = nodeParser();
  const rules = new Map<string, RuleCount>();
  let scanned = 0;
  let lines = 0;
  let flagged = 0;
  let counted = 0;
  let notes = 0;
  let ms = 0;
  for (const path of files) {
    if (scanned >= maxFiles) break;
    if (statSync(path).size > maxLines * 120) continue;
    const code = readFileSync(path, 'utf8');
    const n = code.split('\n').length;
    if (n > maxLines || code.length / n > 200) continue; // generated or minified
    const start = performance.now();
    const record = await analyzeCode(code, language, parser).catch(() => undefined);
    ms += performance.now() - start;
    if (!record) continue;
    scanned += 1;
    lines += n;
    const mine = record.findings.filter((f) => withNotes || isCounted(f));
    counted += record.findings.filter(isCounted).length;
    notes += record.findings.length - record.findings.filter(isCounted).length;
    if (record.findings.some(isCounted)) flagged += 1;
    const seen = new Set<string>();
    for (const f of mine) {
      const r = rules.get(f.rule) ?? { files: 0, findings: 0, shown: [] };
      rules.set(f.rule, r);
      r.findings += 1;
      if (!seen.has(f.rule)) r.files += 1;
      seen.add(f.rule);
      if (f.rule === show && r.shown.length < Number(process.env.FIELD_SHOW_MAX ?? 60))
        r.shown.push(`${path}:${f.line}: ${code.split('\n')[f.line - 1]?.trim().slice(0, 160)}`);
    }
  }
  const kloc = lines / 1000;
  const out = [
    `${language}: ${scanned} files, ${lines} lines, ${flagged} files with a counted finding (${((100 * flagged) / Math.max(1, scanned)).toFixed(1)}%)`,
    `counted findings ${counted} (${(counted / Math.max(kloc, 0.001)).toFixed(2)} per kLOC), notes ${notes}, analysis ${Math.round(ms)} ms`,
    '',
    `rule\tfiles\t${withNotes ? 'findings and notes' : 'findings'}\tper kLOC`,
  ];
  for (const [id, r] of [...rules].sort((a, b) => b[1].files - a[1].files || b[1].findings - a[1].findings))
    out.push(`${id}\t${r.files}\t${r.findings}\t${(r.findings / Math.max(kloc, 0.001)).toFixed(3)}`);
  if (show) out.push('', `${show}:`, ...(rules.get(show)?.shown ?? ['(none)']));
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

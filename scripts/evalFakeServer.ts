// Measures `eval` end to end on the whole task gallery against the local fake OpenAI-compatible
// server (answers: each task's reference solution, else a fixed snippet), as a child process,
// and prints the wall time, the meta, the summary and the paired comparisons.
// Usage: npx tsx scripts/evalFakeServer.ts [--kb-dir public/kb] [--config ...] [--samples K --temperature T --seed S]
//        [--concurrency N] [--limit N] [--tasks ID,ID] [--retries N]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startFakeOpenAiServer } from '../src/adapters/openai/fakeOpenAiServer';
import { loadKnowledgeBaseFromDisk } from '../src/adapters/orama/loadKnowledgeBaseFromDisk';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const kbDir = flag('kb-dir', 'public/kb');
const configs = flag('config', 'baseline,rescue,rescue+revise,critique');
const out = flag('out', '/tmp/scg-eval-fake.json');
// Sampling, concurrency and size flags go to eval as given; the fake server answers the same whatever the seed.
const sampling = ['samples', 'temperature', 'seed', 'concurrency', 'limit', 'retries', 'tasks'].flatMap((name) => {
  const value = flag(name, '');
  return value ? [`--${name}`, value] : [];
});

const kb = await loadKnowledgeBaseFromDisk(kbDir);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rules = kb.tasks.map((t) => ({
  // The whole prompt (any whitespace) identifies the task in generation and revision prompts alike;
  // a shorter key can match another task's text quoted in retrieved knowledge.
  match: t.prompt.trim().split(/\s+/).map(escape).join('\\s+'),
  reply: `\`\`\`${t.language}\n${t.reference ?? '// no reference solution\n'}\`\`\``,
}));
const server = await startFakeOpenAiServer({ rules: [...rules, { reply: 'NO CHANGE NEEDED' }] });
const started = performance.now();
// Asynchronous: the fake server lives in this process and must keep answering while the CLI runs.
const child = spawn(
  'npx',
  [
    'tsx',
    'src/cli/main.ts',
    'eval',
    '--kb-dir',
    kbDir,
    '--engine',
    'openai',
    '--base-url',
    server.url,
    '--model',
    'fake-coder',
    '--config',
    configs,
    '--out',
    out,
    ...sampling,
  ],
  { stdio: ['ignore', 'inherit', 'pipe'] },
);
let stderr = '';
child.stderr.on('data', (chunk: Buffer) => {
  stderr += chunk.toString();
});
const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
const wallMs = performance.now() - started;
await server.close();
const lines = stderr.trim().split('\n');
process.stdout.write(
  `${lines.slice(-3).join('\n')}\nexit ${status}; ${kb.tasks.length} tasks x ${configs.split(',').length} configurations${sampling.length ? ` (${sampling.join(' ')})` : ''}; wall time ${(wallMs / 1000).toFixed(1)} s; ${server.requests.length} chat requests\n`,
);
const report: unknown = JSON.parse(readFileSync(out, 'utf8'));
if (typeof report === 'object' && report !== null && 'summary' in report && 'meta' in report)
  process.stdout.write(
    `${JSON.stringify({ meta: report.meta, summary: report.summary, comparisons: (report as { comparisons?: unknown }).comparisons }, null, 1)}\n`,
  );

// The work behind `kb ingest`: read a pairs file, slice and group it, distil with an engine when
// one is given, write DIR/user-kb.json, then load it beside the built-in knowledge base (indexed
// with Orama) to prove it loads. Shared by the `kb ingest` command and scripts/ingestSvenScripted.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LlmEngine } from '../../core/generation/LlmEngine';
import { PlaygroundError } from '../../core/errors';
import type { KnowledgeArtefact } from '../../core/kb/knowledgeArtefactSchema';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { canonicalJson } from '../../core/kb/canonicalJson';
import { parsePairsJsonl } from '../../core/kbTools/ingest/parsePairsJsonl';
import { ingestPairs } from '../../core/kbTools/ingest/ingestPairs';
import { distillUserKb } from '../../core/kbTools/distill/distillUserKb';
import { userKbInfo } from '../../core/kbTools/explorer/explorerSummary';
import type { UserKb } from '../../core/kbTools/ingest/userKbSchema';
import { mergeUserKnowledge } from '../../core/kbTools/ingest/mergeUserKnowledge';
import { parseUserKb } from '../../core/kbTools/ingest/parseUserKb';
import { createKnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { createOramaSearch } from '../orama/createOramaSearch';
import { nodeParser } from './nodeParser';
import { buildFromDir } from './buildFromDir';

export interface IngestRun {
  file: string;
  outDir: string;
  name: string;
  /** null: distillation is skipped (with a message). */
  engine: LlmEngine | null;
  /** Where the built-in knowledge comes from: a built artefact dir, else kb/ sources. */
  kbDir?: string;
  /** Reads `file` ("-" is stdin); the CLI passes its own reader so a bad path gets its usage exit code. */
  read?: (file: string) => string;
  log: (line: string) => void;
}

export interface IngestSummary {
  file: string;
  name: string;
  version: string;
  pairs: number;
  sliced: number;
  unsliced: number;
  problems: number;
  cwes: number;
  guidelines: number;
  examples: number;
  distillation: string;
  modelCalls: number;
  ms: { ingest: number; distill: number; load: number; total: number };
}

export async function ingestPairsFile(run: IngestRun): Promise<IngestSummary> {
  const started = performance.now();
  const text = (run.read ?? readTextFile)(run.file);
  const { pairs, problems } = parsePairsJsonl(text);
  // An empty knowledge base written "successfully" would hide a wrong file or format: refuse it.
  if (pairs.length === 0) {
    const shown = problems.slice(0, 5).map((p) => `line ${p.line}: ${p.message}`);
    throw new PlaygroundError('BAD_INPUT', {
      message: `${run.file === '-' ? 'stdin' : run.file} has no valid pairs (${problems.length} bad lines); nothing was written`,
      hint: 'Each line must be JSON: {"cwe","language","vulnerable","fixed","description"?}.',
      ...(shown.length > 0 ? { detail: shown.join('\n') } : {}),
    });
  }
  const builtin = await builtinArtefact(run.kbDir);
  for (const p of problems.slice(0, 5)) run.log(`line ${p.line}: ${p.message}`);
  if (problems.length > 5)
    run.log(`… and ${problems.length - 5} more bad lines (listed in the report inside the file)`);
  const cweNames = new Map(builtin.cwes.map((c) => [c.id, c.name]));
  let kb: UserKb = await ingestPairs(pairs, nodeParser(), {
    name: run.name,
    cweNames,
    problems,
    onProgress: (done, total) => {
      if (done % 100 === 0 || done === total) run.log(`sliced ${done}/${total} pairs`);
    },
  });
  const ingestMs = performance.now() - started;
  if (run.engine) {
    run.log(`distilling guidelines with ${run.engine.label} (batches of at most 10 pairs)`);
    kb = await distillUserKb(kb, run.engine, { onProgress: (p) => run.log(`distil ${p.done}/${p.total} (${p.cwe})`) });
  } else {
    run.log(
      'distillation skipped: no engine is configured (give --engine openai --base-url URL --model NAME); the knowledge base has examples but no guidelines',
    );
    kb = { ...kb, distillation: { status: 'skipped', reason: 'no engine was configured' } };
  }
  const distillMs = performance.now() - started - ingestMs;
  mkdirSync(run.outDir, { recursive: true });
  const json = `${canonicalJson(kb)}\n`;
  writeFileSync(join(run.outDir, 'user-kb.json'), json);
  // Load it back the way the browser does: validate, merge beside the built-in KB, index.
  const loadStarted = performance.now();
  const merged = mergeUserKnowledge(builtin, parseUserKb(json));
  await createKnowledgeBase(merged.artefact, createOramaSearch);
  const loadMs = performance.now() - loadStarted;
  const info = userKbInfo(kb);
  return {
    file: join(run.outDir, 'user-kb.json'),
    name: kb.name,
    version: kb.version,
    pairs: kb.report.pairs,
    sliced: kb.report.sliced,
    unsliced: kb.report.unsliced,
    problems: kb.report.problems.length,
    cwes: info.cwes,
    guidelines: info.guidelines,
    examples: info.examples,
    distillation: kb.distillation.status,
    modelCalls: kb.distillation.status === 'done' ? kb.distillation.calls.length : 0,
    ms: {
      ingest: Math.round(ingestMs),
      distill: Math.round(distillMs),
      load: Math.round(loadMs),
      total: Math.round(performance.now() - started),
    },
  };
}

function readTextFile(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

async function builtinArtefact(kbDir?: string): Promise<KnowledgeArtefact> {
  const dir = kbDir ?? 'public/kb';
  if (existsSync(join(dir, 'knowledge.json'))) return parseArtefact(readFileSync(join(dir, 'knowledge.json'), 'utf8'));
  return (await buildFromDir('kb')).artefact;
}

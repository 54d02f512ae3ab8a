// Parse, analyse and slice throughput in Node, in source lines per second per phase, over the
// knowledge base's example code and, when a JSON Lines file of {language, code} is given, its code
// too. Run alone: npx tsx scripts/bench/throughput.ts [FILE.jsonl]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { nodeParser } from '../../src/adapters/node/nodeParser';
import { analyzeCode } from '../../src/core/analysis/analyzeCode';
import type { ParsedTree, ParserPort } from '../../src/core/languages/SyntaxTree';
import { buildPdgs } from '../../src/core/slicing/buildPdg';
import { sliceLines } from '../../src/core/slicing/sliceLines';
import { lineCount } from '../../src/core/slicing/slicePair';
import { isLanguage, type Language } from '../../src/core/task/Task';
import { readKbSourceFiles } from '../../src/adapters/node/buildFromDir';
import { validateKbSources } from '../../src/core/kbTools/validateKbSources';

export interface PhaseRate {
  ms: number;
  linesPerSecond: number;
}
export interface Throughput {
  files: number;
  lines: number;
  parse: PhaseRate;
  analyse: PhaseRate;
  slice: PhaseRate;
  slowestSliceMs: number;
}

interface Sample {
  language: Language;
  code: string;
}

/** The analyser parses for itself; handing it the tree already parsed keeps parsing out of its phase. */
function reuse(tree: ParsedTree): ParserPort {
  return {
    supports: (language) => language === tree.language,
    parse: async () => ({
      language: tree.language,
      root: tree.root,
      matches: (query) => tree.matches(query),
      dispose: () => undefined,
    }),
  };
}

function samples(benchmarkFile?: string): Sample[] {
  const out: Sample[] = [];
  for (const cwe of validateKbSources(readKbSourceFiles('kb')).cwes) {
    for (const e of cwe.examples)
      out.push({ language: e.language, code: e.vulnerable }, { language: e.language, code: e.fixed });
  }
  if (benchmarkFile) {
    for (const raw of readFileSync(benchmarkFile, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const row: unknown = JSON.parse(raw);
      if (typeof row !== 'object' || row === null || !('language' in row) || !('code' in row)) continue;
      if (isLanguage(row.language) && typeof row.code === 'string')
        out.push({ language: row.language, code: row.code });
    }
  }
  return out; // every offered language has a slicing table
}

export async function throughput(benchmarkFile?: string): Promise<Throughput> {
  const parser = nodeParser();
  let parseMs = 0,
    analyseMs = 0,
    sliceMs = 0,
    lines = 0,
    slowest = 0;
  const list = samples(benchmarkFile);
  for (const sample of list) {
    const count = lineCount(sample.code);
    let started = performance.now();
    const tree = await parser.parse(sample.code, sample.language);
    parseMs += performance.now() - started;
    try {
      started = performance.now();
      const record = await analyzeCode(sample.code, sample.language, reuse(tree));
      analyseMs += performance.now() - started;
      // Slicing as the UI does it: the file's PDGs, then the slice around the first finding
      // (or the middle line when there is none).
      started = performance.now();
      sliceLines(tree, [record.findings[0]?.line ?? Math.ceil(count / 2)], undefined, buildPdgs(tree));
      const ms = performance.now() - started;
      sliceMs += ms;
      slowest = Math.max(slowest, ms);
    } finally {
      tree.dispose();
    }
    lines += count;
  }
  const rate = (ms: number): PhaseRate => ({ ms: Math.round(ms), linesPerSecond: Math.round(lines / (ms / 1000)) });
  return {
    files: list.length,
    lines,
    parse: rate(parseMs),
    analyse: rate(analyseMs),
    slice: rate(sliceMs),
    slowestSliceMs: Math.round(slowest),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  throughput(process.argv[2])
    .then((t) => {
      console.log(`files ${t.files}, lines ${t.lines}`);
      for (const phase of ['parse', 'analyse', 'slice'] as const)
        console.log(`  ${phase}: ${t[phase].linesPerSecond} lines/s (${t[phase].ms} ms)`);
      console.log(`  slowest slice (PDG + slice of one file): ${t.slowestSliceMs} ms`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}

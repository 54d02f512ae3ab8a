// `analyze --format sarif`: the same analysis as the JSON Lines output, gathered into one SARIF 2.1.0 log on stdout.
import { relative, resolve, sep } from 'node:path';
import type { Finding, SuppressedFinding } from '../../core/analysis/Finding';
import type { Language } from '../../core/task/Task';
import { toSarifLog, type SarifArtifactInput } from '../../core/analysis/sarif/toSarifLog';
import { analyzerSarifOptions } from '../../core/analysis/sarif/analyzerSarifOptions';
import { runJsonl, type JsonlHandler } from '../runJsonl';

/** The URI standing for standard input, which has no path. */
export const STDIN_URI = 'stdin';

/** The input file as a URI relative to the current directory (forward slashes), or the stdin placeholder. */
export function inputBaseUri(file: string, cwd: string = process.cwd()): string {
  if (file === '-') return STDIN_URI;
  return relative(cwd, resolve(cwd, file)).split(sep).join('/');
}

/**
 * Where one input line's code is: its own `path` when it names the file it came from (e.g. a file written by
 * `eval --code-dir`), else the input file with the line's id as fragment (`in.jsonl#task-1`), or its line number.
 */
export function lineUri(base: string, input: Record<string, unknown>, n: number): string {
  if (typeof input.path === 'string' && input.path !== '') return input.path.split(sep).join('/');
  const id = typeof input.id === 'string' || typeof input.id === 'number' ? String(input.id) : `line-${n}`;
  return `${base}#${encodeURIComponent(id)}`;
}

interface AnalysedLine {
  id?: unknown;
  uri?: string;
  language?: Language;
  findings?: Finding[];
  suppressed?: SuppressedFinding[];
  error?: { code: string; message: string };
}

/** Runs `analyse` over every line and writes one log; a line that fails becomes an error notification. */
export async function runAnalyzeSarif(
  file: string,
  analyse: JsonlHandler,
  write: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const base = inputBaseUri(file);
  const artifacts: SarifArtifactInput[] = [];
  const problems: string[] = [];
  let n = 0;
  const handler: JsonlHandler = async (input) => {
    const record = await analyse(input);
    return { ...record, uri: lineUri(base, input, n + 1) };
  };
  await runJsonl(file, handler, (line) => {
    n += 1;
    const out = JSON.parse(line) as AnalysedLine;
    if (out.error) problems.push(`${base} line ${n} (id ${JSON.stringify(out.id)}): ${out.error.message}`);
    else
      artifacts.push({
        uri: out.uri ?? `${base}#line-${n}`,
        ...(out.language ? { language: out.language } : {}),
        findings: out.findings ?? [],
        suppressed: out.suppressed ?? [],
      });
  });
  write(`${JSON.stringify(toSarifLog(artifacts, { ...analyzerSarifOptions(), problems }), null, 2)}\n`);
  return 0;
}

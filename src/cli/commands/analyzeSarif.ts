// `analyze --format sarif`: the same analysis as the JSON Lines output, gathered into one SARIF 2.1.0 log on stdout.
import type { Finding, SuppressedFinding } from '../../core/analysis/Finding';
import type { Language } from '../../core/task/Task';
import { toSarifLog, type SarifArtifactInput } from '../../core/analysis/sarif/toSarifLog';
import { analyzerSarifOptions } from '../../core/analysis/sarif/analyzerSarifOptions';
import { runJsonl, type JsonlHandler } from '../runJsonl';
import { inputBaseUri, lineUri } from '../../adapters/node/sarifUris';

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

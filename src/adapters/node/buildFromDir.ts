// The knowledge base built in memory from the kb/ YAML sources: every file read and validated, every
// example pair sliced. Shared by `kb build`, the commands that retrieve, and the measurement scripts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { PlaygroundError } from '../../core/errors';
import type { KbSourceFile } from '../../core/kb/KbSources';
import { validateKbSources } from '../../core/kbTools/validateKbSources';
import { buildKnowledgeArtefact } from '../../core/kbTools/buildKnowledgeArtefact';
import type { KnowledgeArtefact } from '../../core/kb/knowledgeArtefactSchema';
import { sliceKnowledgeExamples } from '../../core/kbTools/sliceKnowledgeExamples';
import { nodeParser } from './nodeParser';

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The YAML sources plus the one JSON source, the CWE hierarchy (JSON so core can bundle it; see docs/cwe-hierarchy.md). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) || /(^|[\\/])cwe-hierarchy\.json$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

export function readKbSourceFiles(kbDir: string): KbSourceFile[] {
  return sourceFiles(kbDir).map((file) => {
    const path = relative(process.cwd(), file).split(sep).join('/');
    try {
      const text = readFileSync(file, 'utf8');
      const data: unknown = file.endsWith('.json') ? JSON.parse(text) : parse(text);
      return { path, data };
    } catch (error) {
      throw new PlaygroundError('KB_INVALID', {
        message: `${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      });
    }
  });
}

/**
 * Validates and builds in memory; every example pair is sliced (parsing is why this is async).
 * `strict` (kb build) fails on an example that does not parse; commands that only need retrieval
 * get that example unsliced and a warning instead.
 */
export async function buildFromDir(
  kbDir: string,
  strict = false,
): Promise<{ artefact: KnowledgeArtefact; warnings: string[] }> {
  const files = readKbSourceFiles(kbDir);
  const sources = validateKbSources(files);
  const fileOf = (cweId: string): string =>
    files.find((f) => typeof f.data === 'object' && f.data !== null && 'id' in f.data && f.data.id === cweId)?.path ??
    `CWE ${cweId}`;
  const sliced = await sliceKnowledgeExamples(sources.cwes, nodeParser(), fileOf, strict);
  const artefact = buildKnowledgeArtefact(sources, { hash: sha256, sliceExample: sliced.slicer });
  return { artefact, warnings: [...sources.warnings, ...sliced.warnings] };
}

// Building the knowledge base from kb/ YAML: validation, the deterministic artefact, the prebuilt Orama
// indexes (orama.json) and the manifest that `kb build` writes, and the in-memory build other commands use.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { PlaygroundError } from '../../core/errors';
import type { KbSourceFile } from '../../core/kb/KbSources';
import { validateKbSources } from '../../core/kb/validateKbSources';
import { buildKnowledgeArtefact } from '../../core/kb/buildKnowledgeArtefact';
import { canonicalJson } from '../../core/kb/canonicalJson';
import { kbManifest } from '../../core/kb/kbManifest';
import type { KnowledgeArtefact } from '../../core/kb/knowledgeArtefactSchema';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { sliceKnowledgeExamples } from '../../core/slicing/sliceKnowledgeExamples';
import { nodeParser } from '../../adapters/node/nodeParser';
import { createEmbedder } from '../../core/kb/Embedder';
import { searchCorpus } from '../../core/kb/searchCorpus';
import { buildOramaIndexes } from '../../adapters/orama/buildOramaIndexes';
import { saveOramaIndexes } from '../../adapters/orama/saveOramaIndexes';
import { ORAMA_FILE_NAME } from '../../adapters/orama/oramaIndexFile';

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

export function readKbSourceFiles(kbDir: string): KbSourceFile[] {
  return yamlFiles(kbDir).map((file) => {
    const path = relative(process.cwd(), file).split(sep).join('/');
    try {
      const data: unknown = parse(readFileSync(file, 'utf8'));
      return { path, data };
    } catch (error) {
      throw new PlaygroundError('KB_INVALID', {
        message: `${path}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
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

/** The Orama databases of the artefact, built from the same corpus the loader decodes, in saved form. */
async function prebuiltIndexes(artefact: KnowledgeArtefact): Promise<string> {
  const corpus = searchCorpus(artefact, createEmbedder(artefact.embedder));
  return `${saveOramaIndexes(await buildOramaIndexes(corpus), artefact.version)}\n`;
}

/** Gzip with a zero timestamp and an "unknown" OS byte, so the bytes depend on the input only. */
function deterministicGzip(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gz.writeUInt32LE(0, 4);
  gz[9] = 255;
  return gz;
}

/**
 * The browser accepts the built artefact without re-validating it (acceptBuiltArtefact), so the build
 * checks here that the full schema passes it and changes nothing (no field dropped, none defaulted).
 */
export function assertSchemaExact(text: string): void {
  if (`${canonicalJson(parseArtefact(text))}\n` !== text) {
    throw new PlaygroundError('KB_INVALID', {
      message:
        'The built artefact is not exactly what its schema describes (a field would be dropped or defaulted on load): update knowledgeArtefactSchema.ts with the builder.',
    });
  }
}

/** Writes knowledge.json, the prebuilt Orama indexes, their gzip copies and manifest.json; returns the artefact. */
export async function writeKbArtefacts(
  kbDir: string,
  outDir: string,
): Promise<{ artefact: KnowledgeArtefact; warnings: string[] }> {
  const built = await buildFromDir(kbDir, true);
  const text = `${canonicalJson(built.artefact)}\n`;
  assertSchemaExact(text);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'knowledge.json'), text);
  const indexes = await prebuiltIndexes(built.artefact);
  writeFileSync(join(outDir, ORAMA_FILE_NAME), indexes);
  // Gzip copies are what the browser downloads: served as they are, they cost the server no
  // compression per request (see src/adapters/browser/decodeKnowledgeFile.ts).
  const knowledgeGz = deterministicGzip(text);
  const indexesGz = deterministicGzip(indexes);
  writeFileSync(join(outDir, 'knowledge.json.gz'), knowledgeGz);
  writeFileSync(join(outDir, `${ORAMA_FILE_NAME}.gz`), indexesGz);
  const manifest = kbManifest(built.artefact, {
    'knowledge.json': { bytes: Buffer.byteLength(text), sha256: sha256(text) },
    [ORAMA_FILE_NAME]: { bytes: Buffer.byteLength(indexes), sha256: sha256(indexes) },
    'knowledge.json.gz': { bytes: knowledgeGz.length, sha256: sha256(knowledgeGz) },
    [`${ORAMA_FILE_NAME}.gz`]: { bytes: indexesGz.length, sha256: sha256(indexesGz) },
  });
  writeFileSync(join(outDir, 'manifest.json'), `${canonicalJson(manifest, 2)}\n`);
  return built;
}

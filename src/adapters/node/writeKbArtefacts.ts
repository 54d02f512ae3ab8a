// The files `kb build` writes: the deterministic artefact, the prebuilt Orama indexes (orama.json),
// their gzip copies and the manifest, after checking the artefact is exactly what its schema reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { PlaygroundError } from '../../core/errors';
import { canonicalJson } from '../../core/kb/canonicalJson';
import { kbManifest } from '../../core/kb/kbManifest';
import type { KnowledgeArtefact } from '../../core/kb/knowledgeArtefactSchema';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { createEmbedder } from '../../core/kb/Embedder';
import { searchCorpus } from '../../core/kb/searchCorpus';
import { buildOramaIndexes } from '../orama/buildOramaIndexes';
import { saveOramaIndexes } from '../orama/saveOramaIndexes';
import { ORAMA_FILE_NAME } from '../orama/oramaIndexFile';
import { buildFromDir, sha256 } from './buildFromDir';
import { kbBuilderHash, kbSourcesHash } from './builtKbFreshness';

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
  // Hashed before building, so an edit made during the build reads as stale next time, not as current.
  const hashes = { sourcesHash: kbSourcesHash(kbDir), builderHash: kbBuilderHash() };
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
  const manifest = kbManifest(
    built.artefact,
    {
      'knowledge.json': { bytes: Buffer.byteLength(text), sha256: sha256(text) },
      [ORAMA_FILE_NAME]: { bytes: Buffer.byteLength(indexes), sha256: sha256(indexes) },
      'knowledge.json.gz': { bytes: knowledgeGz.length, sha256: sha256(knowledgeGz) },
      [`${ORAMA_FILE_NAME}.gz`]: { bytes: indexesGz.length, sha256: sha256(indexesGz) },
    },
    hashes,
  );
  writeFileSync(join(outDir, 'manifest.json'), `${canonicalJson(manifest, 2)}\n`);
  return built;
}

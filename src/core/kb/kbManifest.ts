// manifest.json beside the artefact: version, content hash and counts, so a client can check
// what it fetched and cache by version.
import type { KnowledgeArtefact } from './knowledgeArtefactSchema';

export interface KbManifest {
  format: string;
  formatVersion: number;
  version: string;
  files: Record<string, { bytes: number; sha256: string }>;
  /** sha256 of the kb/ sources and of the builder's code at build time: the CLI reuses the build while both match. */
  sourcesHash?: string;
  builderHash?: string;
  counts: { operations: number; cwes: number; guidelines: number; examples: number; tasks: number; advisories: number; vocabulary: number; dims: number };
}

export function kbManifest(
  artefact: KnowledgeArtefact,
  files: KbManifest['files'],
  hashes: { sourcesHash?: string; builderHash?: string } = {},
): KbManifest {
  return {
    format: artefact.format,
    formatVersion: artefact.formatVersion,
    version: artefact.version,
    files,
    ...hashes,
    counts: {
      operations: artefact.operations.length,
      cwes: artefact.cwes.length,
      guidelines: artefact.cwes.reduce((n, c) => n + c.guidelines.length, 0),
      examples: artefact.cwes.reduce((n, c) => n + c.examples.length, 0),
      tasks: artefact.tasks.length,
      advisories: artefact.advisories.length,
      vocabulary: artefact.embedder.vocab.length,
      dims: artefact.embedder.dims,
    },
  };
}

// The app's own artefact, on the browser's load path. kb build validated it with the full zod schema
// before writing it (and a test checks that accepting it here gives exactly what parseArtefact gives),
// and it arrives gzip-compressed, whose CRC fails a damaged transfer. So here only what can still go
// wrong is checked: a file of another format or format version (a stale cache, a wrong deploy) and the
// top-level shape the loader walks. Full validation cost ~60 ms of the worker's ready time; anything not
// built by us (a user's knowledge base, files read by the CLI) still goes through parseArtefact.
import { PlaygroundError } from '../errors';
import { KB_FORMAT, KB_FORMAT_VERSION } from './kbFormat';
import type { KnowledgeArtefact } from './knowledgeArtefactSchema';

const ARRAYS = ['operations', 'cwes', 'tasks', 'advisories'] as const;

function invalid(detail: string): PlaygroundError {
  return new PlaygroundError('KB_INVALID', { detail, hint: 'Rebuild it with `npm run kb:build` and reload the page.' });
}

export function acceptBuiltArtefact(json: unknown): KnowledgeArtefact {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw invalid('the file is not a JSON object');
  const value = json as Record<string, unknown>;
  if (value.format !== KB_FORMAT) throw invalid(`format: expected "${KB_FORMAT}", got ${JSON.stringify(value.format)}`);
  if (value.formatVersion !== KB_FORMAT_VERSION) {
    throw invalid(`formatVersion: this app reads version ${KB_FORMAT_VERSION}, the file is version ${JSON.stringify(value.formatVersion)}`);
  }
  if (typeof value.version !== 'string') throw invalid('version: expected a string');
  for (const key of ARRAYS) if (!Array.isArray(value[key])) throw invalid(`${key}: expected an array`);
  if (typeof value.embedder !== 'object' || value.embedder === null) throw invalid('embedder: expected an object');
  return value as unknown as KnowledgeArtefact;
}

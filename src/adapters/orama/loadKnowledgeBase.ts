// Loads the knowledge base from artefact JSON (a string or parsed value) with Orama search; works in
// a browser worker and in Node. With the prebuilt orama.json of the same artefact the databases are
// loaded (milliseconds); without it, or when it does not match, they are built (about a second).
import type { KnowledgeBase, LoadPhases, SearchFactory } from '../../core/kb/KnowledgeBase';
import { createKnowledgeBase } from '../../core/kb/KnowledgeBase';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { buildOramaIndexes } from './buildOramaIndexes';
import { oramaSearch } from './createOramaSearch';
import { loadOramaIndexes } from './loadOramaIndexes';

/** Text that is not JSON is treated like a missing file: the databases are built instead. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try { return JSON.parse(value); } catch { return undefined; }
}

/** `prebuilt`: orama.json's text or parsed value; `phases.oramaBuilt` is 1 when it could not be used. */
export function oramaSearchFactory(prebuilt: unknown, kbVersion: string, phases: LoadPhases = {}): SearchFactory {
  return async (corpus) => {
    const loaded = prebuilt === undefined ? null : loadOramaIndexes(parsed(prebuilt), corpus, kbVersion);
    phases.oramaBuilt = loaded ? 0 : 1;
    return oramaSearch(loaded ?? await buildOramaIndexes(corpus));
  };
}

export async function loadKnowledgeBase(artefactJson: unknown, phases: LoadPhases = {}, prebuilt?: unknown): Promise<KnowledgeBase> {
  const artefact = parseArtefact(artefactJson);
  return createKnowledgeBase(artefact, oramaSearchFactory(prebuilt, artefact.version, phases), phases);
}

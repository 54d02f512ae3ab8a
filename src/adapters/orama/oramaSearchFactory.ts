// The search port over Orama for a loaded artefact: the prebuilt databases when orama.json matches
// it, else built from the corpus. Kept apart from loadKnowledgeBase (which validates with zod) so the
// browser worker's load path stays free of zod.
import type { LoadPhases, SearchFactory } from '../../core/kbTools/KnowledgeBase';
import { buildOramaIndexes } from './buildOramaIndexes';
import { oramaSearch } from './createOramaSearch';
import { loadOramaIndexes } from './loadOramaIndexes';

/** Text that is not JSON is treated like a missing file: the databases are built instead. */
function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** `prebuilt`: orama.json's text or parsed value; `phases.oramaBuilt` is 1 when it could not be used. */
export function oramaSearchFactory(prebuilt: unknown, kbVersion: string, phases: LoadPhases = {}): SearchFactory {
  return async (corpus) => {
    const loaded = prebuilt === undefined ? null : loadOramaIndexes(parsed(prebuilt), corpus, kbVersion);
    phases.oramaBuilt = loaded ? 0 : 1;
    return oramaSearch(loaded ?? (await buildOramaIndexes(corpus)));
  };
}

// Loads the knowledge base from artefact JSON (a string or parsed value) with Orama search; works in
// a browser worker and in Node. With the prebuilt orama.json of the same artefact the databases are
// loaded (milliseconds); without it, or when it does not match, they are built (about a second).
import type { KnowledgeBase, LoadPhases } from '../../core/kbTools/KnowledgeBase';
import { createKnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { oramaSearchFactory } from './oramaSearchFactory';

export async function loadKnowledgeBase(
  artefactJson: unknown,
  phases: LoadPhases = {},
  prebuilt?: unknown,
): Promise<KnowledgeBase> {
  const artefact = parseArtefact(artefactJson);
  return createKnowledgeBase(artefact, oramaSearchFactory(prebuilt, artefact.version, phases), phases);
}

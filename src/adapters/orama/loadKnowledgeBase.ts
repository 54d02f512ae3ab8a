// Loads the knowledge base from artefact JSON (a string or parsed value) with the in-memory search
// (core/kb/search, Orama-equivalent scores); works in a browser worker and in Node.
import type { KnowledgeBase, LoadPhases } from '../../core/kb/KnowledgeBase';
import { createKnowledgeBase } from '../../core/kb/KnowledgeBase';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { createMemorySearch } from '../../core/kb/search/createMemorySearch';

export async function loadKnowledgeBase(artefactJson: unknown, phases?: LoadPhases): Promise<KnowledgeBase> {
  return createKnowledgeBase(parseArtefact(artefactJson), async (corpus) => createMemorySearch(corpus), phases);
}

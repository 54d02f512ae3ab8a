// Loads the knowledge base from artefact JSON (a string or parsed value) with Orama search;
// works in a browser worker and in Node.
import type { KnowledgeBase } from '../../core/kb/KnowledgeBase';
import { createKnowledgeBase } from '../../core/kb/KnowledgeBase';
import { parseArtefact } from '../../core/kb/parseArtefact';
import { createOramaSearch } from './createOramaSearch';

export async function loadKnowledgeBase(artefactJson: unknown): Promise<KnowledgeBase> {
  return createKnowledgeBase(parseArtefact(artefactJson), createOramaSearch);
}

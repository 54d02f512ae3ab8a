// Test support: Node pipeline ports over the tiny fixture knowledge base (CWE-78, CWE-89), so
// evaluation tests never depend on how complete kb/ is or on a built public/kb.
import { createHash } from 'node:crypto';
import type { PipelinePorts } from '../../core/PipelinePorts';
import type { KnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import { buildKnowledgeArtefact } from '../../core/kbTools/buildKnowledgeArtefact';
import { canonicalJson } from '../../core/kb/canonicalJson';
import { validateKbSources } from '../../core/kbTools/validateKbSources';
import { fixtureKbSources } from '../../core/kbTools/fixtureKbSources';
import { loadKnowledgeBase } from '../orama/loadKnowledgeBase';
import { createNodePorts } from './createNodePorts';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');

/** The fixture knowledge base as knowledge.json text (what `kb build` would write for it). */
export function fixtureArtefactJson(): string {
  return canonicalJson(buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash }));
}

export async function fixtureKnowledgeBase(): Promise<KnowledgeBase> {
  return loadKnowledgeBase(fixtureArtefactJson());
}

export async function fixtureNodePorts(): Promise<PipelinePorts> {
  return createNodePorts(await fixtureKnowledgeBase());
}

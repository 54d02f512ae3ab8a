// The knowledge calls of the core worker, over the active (built-in or merged) knowledge base.
import type { KnowledgeApi } from '../core/KnowledgeApi';
import type { ParserPort } from '../core/languages/SyntaxTree';
import { explorerSummary, userKbInfo } from '../core/kbTools/explorer/explorerSummary';
import { explorerCwe } from '../core/kbTools/explorer/explorerCwe';
import { explorerSearch } from '../core/kbTools/explorer/explorerSearch';
import { parsePairsJsonl } from '../core/kbTools/ingest/parsePairsJsonl';
import { ingestPairs } from '../core/kbTools/ingest/ingestPairs';
import type { UserKnowledge } from './createUserKnowledge';

export function createKnowledgeApi(knowledge: UserKnowledge, parser: ParserPort): KnowledgeApi {
  return {
    async explorer() {
      const { kb, userIds, user } = knowledge.current();
      return explorerSummary(kb, userIds, user ? userKbInfo(user) : null);
    },
    async explorerCwe(id) {
      const { kb, userIds } = knowledge.current();
      return explorerCwe(kb, id, userIds);
    },
    async explorerSearch(text) {
      const { kb, userIds } = knowledge.current();
      return explorerSearch(kb, text, userIds);
    },
    async ingestPairs(text, name) {
      const { pairs, problems } = parsePairsJsonl(text);
      const cweNames = new Map(knowledge.builtin.cwes.map((c) => [c.id, c.name]));
      return ingestPairs(pairs, parser, { name, cweNames, problems });
    },
    loadUserKb: (json) => knowledge.install(json),
    async clearUserKb() {
      knowledge.clear();
    },
  };
}

// Holds the built-in knowledge and, once one is loaded, a user knowledge base merged beside it
// (its Orama indexes built at that moment: the prebuilt ones describe the built-in items only),
// so retrieval, search and the explorer always see the active pair.
import type { KnowledgeBase } from '../core/kbTools/KnowledgeBase';
import { createKnowledgeBase } from '../core/kbTools/KnowledgeBase';
import type { KnowledgeArtefact } from '../core/kb/knowledgeArtefactSchema';
import { mergeUserKnowledge, type UserIds } from '../core/kbTools/ingest/mergeUserKnowledge';
import { parseUserKb } from '../core/kbTools/ingest/parseUserKb';
import type { UserKb } from '../core/kbTools/ingest/userKbSchema';
import type { UserKbInfo } from '../core/kbTools/explorer/ExplorerData';
import { NO_USER_IDS, userKbInfo } from '../core/kbTools/explorer/explorerSummary';
import { createOramaSearch } from './orama/createOramaSearch';

export interface ActiveKnowledge {
  kb: KnowledgeBase;
  userIds: UserIds;
  user: UserKb | null;
}

export interface UserKnowledge {
  readonly builtin: KnowledgeArtefact;
  current(): ActiveKnowledge;
  install(json: unknown): Promise<UserKbInfo>;
  clear(): void;
}

export function createUserKnowledge(builtin: KnowledgeArtefact, builtinKb: KnowledgeBase): UserKnowledge {
  const plain: ActiveKnowledge = { kb: builtinKb, userIds: NO_USER_IDS, user: null };
  let active = plain;
  return {
    builtin,
    current: () => active,
    async install(json) {
      const user = parseUserKb(json);
      const merged = mergeUserKnowledge(builtin, user);
      active = { kb: await createKnowledgeBase(merged.artefact, createOramaSearch), userIds: merged.userIds, user };
      return userKbInfo(user);
    },
    clear() {
      active = plain;
    },
  };
}

// Full-text search across the whole knowledge base for the explorer's search box: the best few
// hits of each index (BM25 scores of different indexes are not comparable, so they are not mixed).
import type { KnowledgeSearch, SearchIndexName } from '../../kb/KnowledgeSearch';
import type { UserIds } from '../ingest/mergeUserKnowledge';
import type { ExplorerHit } from './ExplorerData';
import { NO_USER_IDS, type ExplorableKnowledge } from './explorerSummary';

const INDEXES: SearchIndexName[] = ['cwes', 'guidelines', 'examples', 'advisories'];

export async function explorerSearch(
  kb: ExplorableKnowledge & { search: KnowledgeSearch },
  text: string,
  userIds: UserIds = NO_USER_IDS,
  perIndex = 6,
): Promise<ExplorerHit[]> {
  if (!text.trim()) return [];
  const titles = new Map<string, string>();
  for (const cwe of kb.cwes) {
    titles.set(`cwes/${cwe.id}`, `${cwe.id} ${cwe.name}`);
    for (const g of cwe.guidelines) titles.set(`guidelines/${g.id}`, g.text);
    for (const e of cwe.examples) titles.set(`examples/${e.id}`, `${e.language}: ${e.task}`);
  }
  for (const a of kb.advisories) titles.set(`advisories/${a.id}`, a.title);
  const cweOf = new Map<string, string>();
  for (const cwe of kb.cwes) for (const item of [...cwe.guidelines, ...cwe.examples]) cweOf.set(item.id, cwe.id);
  for (const a of kb.advisories) cweOf.set(a.id, a.cwe);
  const hits: ExplorerHit[] = [];
  for (const index of INDEXES) {
    const found = await kb.search.fulltext(index, text);
    for (const hit of found.slice(0, perIndex)) {
      const user = index === 'cwes' ? userIds.cwes.has(hit.id) : userIds.items.has(hit.id);
      hits.push({
        index,
        id: hit.id,
        cwe: index === 'cwes' ? hit.id : (cweOf.get(hit.id) ?? ''),
        title: titles.get(`${index}/${hit.id}`) ?? hit.id,
        score: Math.round(hit.score * 1000) / 1000,
        source: user ? 'user' : 'builtin',
      });
    }
  }
  return hits;
}

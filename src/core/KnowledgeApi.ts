// The core worker's knowledge-base calls for the explorer and the "build your own knowledge base"
// page: browse and search (no vectors cross the boundary), ingest fix pairs, install a user KB.
import type { ExplorerCweDetail, ExplorerHit, ExplorerSummary, UserKbInfo } from './kbTools/explorer/ExplorerData';
import type { UserKb } from './kbTools/ingest/userKbSchema';

export interface KnowledgeApi {
  explorer(): Promise<ExplorerSummary>;
  explorerCwe(id: string): Promise<ExplorerCweDetail | null>;
  explorerSearch(text: string): Promise<ExplorerHit[]>;
  /** Parses pairs JSON Lines, slices every pair and returns the (undistilled) user KB. */
  ingestPairs(text: string, name: string): Promise<UserKb>;
  /** Validates a user KB (JSON text) and installs it beside the built-in one; retrieval then searches both. */
  loadUserKb(json: string): Promise<UserKbInfo>;
  clearUserKb(): Promise<void>;
}

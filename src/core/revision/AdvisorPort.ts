// The port the revision stage uses to find advisories for a piece of generated code.
import type { AdvisoryHit } from './RevisionRecord';

export interface AdvisoryText {
  id: string;
  title: string;
  answer: string;
}

export interface AdvisorPort {
  /** findingCwes: CWEs the analyser reported in this code; their advisories are boosted (fuseFindingFacet). */
  advise(code: string, language: string, k: number, findingCwes?: readonly string[]): Promise<AdvisoryHit[]>;
  /** Full text of advisories, for the revision prompt. */
  texts(ids: string[]): Promise<AdvisoryText[]>;
}

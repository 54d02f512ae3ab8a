// The port the revision stage uses to find advisories for a piece of generated code.
import type { AdvisoryHit } from './RevisionRecord';

export interface AdvisoryText {
  id: string;
  title: string;
  answer: string;
}

export interface AdvisorPort {
  advise(code: string, language: string, k: number): Promise<AdvisoryHit[]>;
  /** Full text of advisories, for the revision prompt. */
  texts(ids: string[]): Promise<AdvisoryText[]>;
}

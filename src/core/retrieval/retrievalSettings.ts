// Retrieval settings and the calibrated facet thresholds. The level-1 thresholds are printed by
// scripts/calibrateThresholds.ts (docs/retrieval.md, "Thresholds"): rerun it when the knowledge base
// changes much and copy its `thresholds` line here.
import { DEFAULT_API_FACET_OPTIONS, type ApiFacetOptions } from './apiFacetScore';

export interface RetrievalSettings {
  /** CWEs kept at level 1. */
  k: number;
  /** RRF constant: a facet's contribution is 1/(alpha + rank). */
  alpha: number;
  /** A facet contributes only for items it ranks within this cap. */
  rankCap: number;
  guidelinesPerCwe: number;
  /** Guidelines a chosen CWE brings from its close relatives (MITRE parent, child, sibling) in the task's language. */
  relativeGuidelinesPerCwe: number;
  examplesPerCwe: number;
  /** How the API facets weigh generic evidence (apiFacetScore.ts). */
  apiFacet: ApiFacetOptions;
  /** Weight of the language prior (languagePrior.ts): fused x (1 + scale x share of the language's examples); 0 leaves it out. */
  languagePriorScale: number;
  thresholds: Record<string, number>;
}

export const LEVEL1_FACETS = [
  'text:bm25',
  'text:vector',
  'intent:vector',
  'api',
  'cause',
  'draft-api',
  'prior:language',
] as const;
export type Level1Facet = (typeof LEVEL1_FACETS)[number];

export const DEFAULT_RETRIEVAL_SETTINGS: RetrievalSettings = {
  k: 4,
  alpha: 60,
  rankCap: 10,
  guidelinesPerCwe: 4,
  relativeGuidelinesPerCwe: 2,
  examplesPerCwe: 2,
  apiFacet: DEFAULT_API_FACET_OPTIONS,
  // Chosen from 0.05-0.3 on each half of the dev tasks; both halves chose 0.1 (docs/retrieval.md).
  languagePriorScale: 0.1,
  thresholds: {
    'text:bm25': 5.047,
    'text:vector': 0.57,
    // Recorded for the trace only: the intent facet orders and never decides injection (rankingOnly).
    'intent:vector': 1,
    api: 0.106,
    cause: 0.536,
    'draft-api': 0.207,
    'guideline:text:bm25': 0.5,
    'guideline:api': 1,
    'guideline:language': 0.5,
    'example:text:bm25': 0.5,
    'example:text:vector': 0.1,
    'example:api': 1,
    'example:language': 1,
    'example:draft': 0.2,
  },
};

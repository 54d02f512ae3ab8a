// The security facets read from a task: what it is about, which APIs and operations it implies.
import type { Language } from '../task/Task';
import type { CodeLanguage } from '../task/CodeLanguage';

export interface OperationHit {
  id: string;
  label: string;
  /** The keywords or API names that revealed the operation. */
  via: string[];
}

export interface MarkerHit {
  cwe: string;
  markers: string[];
}

export interface ModelFacet {
  enabled: boolean;
  /** Why it is absent when enabled but empty (no model loaded, generation failed...). */
  note?: string;
  text?: string;
  apis?: string[];
}

export interface FacetsRecord {
  language: Language;
  /** The task text used for full-text and vector search. */
  text: string;
  /** True when `text` is the comments and docstrings of a code prefix (retrieval gives them their own vote). */
  textFromCode?: boolean;
  /** A code prefix's purpose in its names: route words, class, function, the variable it is cut in assigning. */
  intentNames?: string[];
  /** The unfinished call a code prefix stops in (`http.Redirect`): what the next tokens complete. */
  cutCalls?: string[];
  /** Operations named in the last lines before a prefix's cut (nearCut.ts): what the next line most likely does. */
  nearCutOperations?: string[];
  /** A long prefix was read from its cut region (cutRegion.ts): how many of its lines were kept. */
  cutRegion?: { keptLines: number; prefixLines: number };
  /** API and call names named by the task text or found in its code prefix. */
  apis: string[];
  /** Identifiers declared or used in the code prefix. */
  identifiers: string[];
  operations: OperationHit[];
  /** CWEs whose code markers appear literally in the task. */
  markers: MarkerHit[];
  /** Names among `apis` that the code prefix only imports and never calls ("from flask import redirect"). */
  importedOnly?: string[];
  /** How the APIs were extracted from code. */
  apiSource: 'tree-sitter' | 'pattern';
  /** RESCUE's model-derived facets: a quick draft of the code and a vulnerability-cause analysis. */
  draft: ModelFacet;
  causeAnalysis: ModelFacet;
  /** In "check my own code" runs: the facets come from the pasted code, read as this language. */
  codeLanguage?: CodeLanguage;
}

// What facet extraction needs from the knowledge base, prepared once per knowledge base (not per
// task or draft): the API vocabulary, each operation's lowered words and normalised API names, and
// each CWE's markers that can match literally. The knowledge base builds it while loading and
// passes it along; nothing is cached behind a function's back.
import type { OperationSource } from '../kb/kbSourceSchema';
import type { Language } from '../task/Task';
import type { FacetKnowledge } from './FacetKnowledge';
import { apiKey } from './apiMatch';
import { apiVocabulary } from './apiVocabulary';
import { wordFormRegex } from './literalMatch';

export interface PreparedOperation {
  readonly source: OperationSource;
  readonly keywords: readonly string[];
  readonly cues: readonly string[];
  /** wordFormRegex of each keyword and cue, index for index: built once per knowledge base, not per task. */
  readonly keywordRegexes: readonly RegExp[];
  readonly cueRegexes: readonly RegExp[];
  /** Phrases inside which the keywords and cues do not count (lower-cased). */
  readonly notIn: readonly string[];
  /** The operation's APIs that look like names, and their normal forms (apiKey), index for index. */
  readonly apis: readonly string[];
  readonly apiKeys: readonly string[];
}

export interface PreparedMarkers {
  readonly cwe: string;
  /** Per language, the markers that can occur literally (descriptive ones are left out). */
  readonly byLanguage: Partial<Record<Language, readonly string[]>>;
}

export interface PreparedFacets {
  /** Normalised API names the knowledge base knows, sorted, and the same lower-cased. */
  readonly vocabulary: readonly string[];
  readonly lowerVocabulary: readonly string[];
  readonly operations: readonly PreparedOperation[];
  readonly markers: readonly PreparedMarkers[];
}

export function prepareOperation(op: OperationSource): PreparedOperation {
  const apis = op.apis.filter((a) => /^[\w.$:>-]+$/.test(a));
  const keywords = op.keywords.map((k) => k.trim().toLowerCase());
  const cues = (op.cues ?? []).map((k) => k.trim().toLowerCase());
  return {
    source: op,
    keywords,
    cues,
    keywordRegexes: keywords.map((k) => wordFormRegex(k)),
    cueRegexes: cues.map((k) => wordFormRegex(k)),
    notIn: (op.notIn ?? []).map((k) => k.toLowerCase()),
    apis,
    apiKeys: apis.map(apiKey),
  };
}

/** Descriptive markers ("backticks `...`", "user input in a path") never match literally. */
export function matchableMarkers(list: readonly string[]): string[] {
  return list.filter((m) => m.trim().length >= 3 && !m.includes('...') && !/\s{1}[a-z]+\s[a-z]+/.test(m));
}

export function prepareFacets(kb: FacetKnowledge): PreparedFacets {
  const vocabulary = apiVocabulary(kb);
  return {
    vocabulary,
    lowerVocabulary: vocabulary.map((v) => v.toLowerCase()),
    operations: kb.operations.map(prepareOperation),
    markers: kb.cwes.map((c) => ({
      cwe: c.id,
      byLanguage: Object.fromEntries(Object.entries(c.markers).map(([l, list]) => [l, matchableMarkers(list)])),
    })),
  };
}

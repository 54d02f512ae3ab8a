// The API facet of a CWE: how strongly a task's code names point at the weakness. Evidence is
// weighted by how specific it is (idf over CWEs): a literal marker that only one CWE lists says
// more than one shared by five; an operation revealed by an API call in code says more than one
// guessed from a generic word ("file", "key") or a bare API name that is also an ordinary word
// ("request", "delete", "index"; see apiProfile) or a name the code only imports, which counts at a quarter.
// Evidence resting only on generic words (genericApiWords.ts) does not count.
import type { MarkerHit, OperationHit } from '../facets/FacetsRecord';
import { anyApiMatches, apiKey, apiMatchSet } from '../facets/apiMatch';
import type { ApiProfile } from './apiProfile';
import { GENERIC_API_WORDS, isGenericPhrase } from './genericApiWords';
import { specificity } from './evidenceSpecificity';

export const MARKER_WEIGHT = 2;
export const GUIDELINE_API_WEIGHT = 0.5;
/**
 * An operation revealed by the call a code prefix stops in (`http.Redirect(w, r, `) counts this many times:
 * a prefix is usually cut right at the risky call, while its other calls set the scene. Chosen from 1 / 1.5 / 2 / 3
 * on the develop half of our Go/C++/C#/JS task set (docs/retrieval.md).
 */
export const CUT_CALL_FACTOR = 1.5;
/**
 * An operation named in the last lines before a long prefix's cut (FacetsRecord.nearCutOperations) counts as if an
 * API had revealed it (not at KEYWORD_OPERATION_FACTOR), times this: those lines are what the completion continues.
 * 1 / 1.5 / 2 / 3 on the field develop tasks gave top-4 29.7 / 30.3 / 31.4 / 33.4 %, but above 1 the dev tasks'
 * few long prefixes lost (C top-1 28.8 -> 27.5 at 2), so 1 is kept (docs/retrieval.md, session 14).
 */
export const NEAR_CUT_FACTOR = 1;
/** Operations found only through keywords of the request's words count at this fraction. */
export const KEYWORD_OPERATION_FACTOR = 0.25;

/**
 * Code-shaped names ("os.system", "execSync", "shell_exec") and bare names the KB never uses as words
 * ("strcpy") name one API; with `stopList`, a bare name on the generic-word list never does.
 */
export function specificApi(name: string, profile: Pick<ApiProfile, 'proseWords'>, stopList = true): boolean {
  if (/[._:$>]|[a-z][A-Z]|\d/.test(name)) return true;
  const bare = name.toLowerCase();
  return !profile.proseWords.has(bare) && !(stopList && GENERIC_API_WORDS.has(bare));
}

export interface ApiEvidence {
  score: number;
  /** What matched, for the trace: "marker os.system", "op shell via subprocess.run", "api cursor.execute". */
  evidence: string[];
}

export interface ApiFacetInput {
  markers: readonly MarkerHit[];
  operations: readonly OperationHit[];
  /** APIs the task calls or names; names it only imports ("from flask import redirect") are left out. */
  apis: readonly string[];
  /** apiMatchSet(apis), when the caller computed it once for many CWEs. */
  apiSet?: ReadonlySet<string>;
  /** The unfinished call a code prefix stops in (FacetsRecord.cutCalls). */
  cutCalls?: readonly string[];
  /** Operations named in the last lines before a prefix's cut (FacetsRecord.nearCutOperations). */
  nearCutOperations?: readonly string[];
}

export interface ApiFacetOptions {
  /** Weight of an operation revealed by the call a prefix is cut in (CUT_CALL_FACTOR; 1 = no extra weight). */
  cutCallFactor?: number;
  /** Weight of an operation named just before a long prefix's cut (NEAR_CUT_FACTOR; 1 = as if revealed by an API). */
  nearCutFactor?: number;
  /** Weigh operation and guideline-API evidence by its idf over the CWEs' examples (evidenceSpecificity.ts). */
  evidenceIdf: boolean;
  /** Drop evidence resting only on the hand-written generic-word list (genericApiWords.ts), as before the idf. */
  stopList: boolean;
}

/** The idf replaces the stop list: same or better on the dev tasks in both halves (docs/retrieval.md). */
export const DEFAULT_API_FACET_OPTIONS: ApiFacetOptions = { evidenceIdf: true, stopList: false };

/**
 * The idf enters as its square root: a name half the CWEs' examples show still counts a little.
 * Chosen from 0.5 / 1 / 2 on each half of the dev tasks; both halves chose 0.5 (docs/retrieval.md).
 */
export const EVIDENCE_IDF_POWER = 0.5;

export function apiFacetScore(
  cweId: string,
  input: ApiFacetInput,
  profile: ApiProfile,
  options: ApiFacetOptions = DEFAULT_API_FACET_OPTIONS,
): ApiEvidence {
  const evidence: string[] = [];
  // The most specific of the names or words that revealed a piece of evidence sets its weight.
  const idf = (needles: readonly string[]): number =>
    options.evidenceIdf
      ? Math.max(0, ...needles.map((n) => specificity(n, profile.evidenceCwes, profile.cweCount))) ** EVIDENCE_IDF_POWER
      : 1;
  const isSpecific = (name: string): boolean => specificApi(name, profile, options.stopList);
  const cut = input.cutCalls && input.cutCalls.length > 0 ? apiMatchSet(input.cutCalls) : undefined;
  const cutFactor = options.cutCallFactor ?? CUT_CALL_FACTOR;
  let markerScore = 0;
  const markers = input.markers.find((m) => m.cwe === cweId)?.markers ?? [];
  for (const m of markers.slice(0, 3)) {
    // A marker that is the very call the prefix stops in (`setcookie(`, `shell_exec(`) weighs like an operation
    // revealed there: the next tokens are that call's arguments, where the weakness is written.
    const atCut = cut !== undefined && isCutCallMarker(m, cut);
    markerScore += (MARKER_WEIGHT / (profile.markerCwes.get(m) ?? 1)) * (atCut ? cutFactor : 1);
    evidence.push(`marker ${m}${atCut ? ' (cut call)' : ''}`);
  }
  let opScore = 0;
  const near = new Set(input.nearCutOperations ?? []);
  const nearFactor = options.nearCutFactor ?? NEAR_CUT_FACTOR;
  const ops = profile.cweOperations.get(cweId) ?? new Set<string>();
  const used = input.apiSet ?? apiMatchSet(input.apis);
  for (const op of input.operations) {
    if (!ops.has(op.id)) continue;
    const apiNames = profile.operationApis.get(op.id) ?? new Set<string>();
    const byApi = op.via.filter((v) => apiNames.has(v) && isSpecific(v) && used.has(apiKey(v)));
    // Revealed only by generic words ("username and password", "file"): not evidence of this weakness.
    if (options.stopList && byApi.length === 0 && op.via.every(isGenericPhrase)) continue;
    const revealing = byApi.length > 0 ? byApi : op.via;
    const atCut = cut !== undefined && byApi.some((v) => cut.has(apiKey(v)));
    const weight =
      (profile.operationWeight.get(op.id) ?? 0) *
      (byApi.length > 0 || near.has(op.id) ? 1 : KEYWORD_OPERATION_FACTOR) *
      (near.has(op.id) ? nearFactor : 1) *
      (atCut ? cutFactor : 1) *
      idf(revealing);
    if (weight <= 0) continue;
    opScore += weight;
    evidence.push(
      `op ${op.id} via ${(byApi.length > 0 ? byApi : op.via).slice(0, 3).join(', ')}${atCut ? ' (cut call)' : ''}${near.has(op.id) ? ' (near cut)' : ''}`,
    );
  }
  let apiScore = 0;
  const hits = anyApiMatches(used, profile.guidelineApis.get(cweId) ?? [], profile.guidelineApiKeys.get(cweId)).filter(
    isSpecific,
  );
  for (const api of hits.slice(0, 4)) {
    apiScore += (GUIDELINE_API_WEIGHT / (profile.guidelineApiCwes.get(api) ?? 1)) * idf([api]);
    evidence.push(`api ${api}`);
  }
  return { score: markerScore + opScore + apiScore, evidence };
}

/** A marker written as an opened call (`setcookie(`, `$wpdb->query(`, `Command::new(`) naming a call the prefix stops in. */
export function isCutCallMarker(marker: string, cut: ReadonlySet<string>): boolean {
  return /^[\w$][\w$.:>-]*\($/.test(marker) && cut.has(apiKey(marker));
}

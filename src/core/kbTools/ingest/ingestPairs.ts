// Fix pairs -> a user knowledge base: pairs grouped by CWE (ascending), each sliced around its fix,
// ids prefixed "user:". Deterministic: the same input gives the same file, wherever it runs.
import type { ParserPort } from '../../languages/SyntaxTree';
import type { ArtefactCwe, ArtefactExample } from '../../kb/knowledgeArtefactSchema';
import { patternApis } from '../../facets/patternApis';
import { cweNumber } from '../buildKnowledgeArtefact';
import type { FixPair, InputProblem } from './fixPairSchema';
import { slicePairViews } from './slicePairViews';
import { finishUserKb } from './finishUserKb';
import { USER_ID_PREFIX, type IngestReport, type UserKb } from './userKbSchema';

export interface IngestOptions {
  name: string;
  /** Official names of CWEs the built-in knowledge base knows, to label user CWEs. */
  cweNames?: ReadonlyMap<string, string>;
  /** Problems found while reading the input, kept in the report. */
  problems?: InputProblem[];
  onProgress?: (done: number, total: number) => void;
}

export async function ingestPairs(
  pairs: readonly FixPair[],
  parser: ParserPort,
  options: IngestOptions,
): Promise<UserKb> {
  const report: IngestReport = {
    pairs: pairs.length,
    sliced: 0,
    unsliced: 0,
    unslicedReasons: {},
    problems: options.problems ?? [],
  };
  const byCwe = new Map<string, FixPair[]>();
  for (const pair of pairs) {
    const group = byCwe.get(pair.cwe) ?? [];
    group.push(pair);
    byCwe.set(pair.cwe, group);
  }
  const cwes: ArtefactCwe[] = [];
  let done = 0;
  for (const id of [...byCwe.keys()].sort((a, b) => cweNumber(a) - cweNumber(b))) {
    const group = byCwe.get(id)!;
    const counters = new Map<string, number>();
    const examples: ArtefactExample[] = [];
    for (const pair of group) {
      const n = (counters.get(pair.language) ?? 0) + 1;
      counters.set(pair.language, n);
      const views = await slicePairViews(parser, pair.language, pair.vulnerable, pair.fixed);
      if (views.unsliced) {
        report.unsliced += 1;
        report.unslicedReasons[views.unsliced] = (report.unslicedReasons[views.unsliced] ?? 0) + 1;
      } else report.sliced += 1;
      examples.push({
        id: `${USER_ID_PREFIX}${id}-${pair.language}-${n}`,
        cwe: id,
        language: pair.language,
        task: `A ${pair.language} fix for ${id} (${pair.origin})`,
        description: pair.description ?? `Code before and after the fix recorded as ${pair.origin}.`,
        vulnerable: views.vulnerable,
        fixed: views.fixed,
        apis: patternApis(pair.vulnerable),
      });
      options.onProgress?.((done += 1), pairs.length);
    }
    const languages = [...new Set(group.map((p) => p.language))].sort();
    cwes.push({
      id,
      name: options.cweNames?.get(id) ?? id,
      description: `${id} as seen in ${group.length} ingested fix pair${group.length === 1 ? '' : 's'} (${languages.join(', ')}).`,
      cause: '',
      languages,
      operations: [],
      related: [...new Set(group.flatMap((p) => p.related))].sort((a, b) => cweNumber(a) - cweNumber(b)),
      markers: {},
      guidelines: [],
      examples,
    });
  }
  return finishUserKb({
    name: options.name,
    cwes,
    report,
    distillation: { status: 'skipped', reason: 'not distilled yet' },
  });
}

// Reads a task for its security facets: text, APIs, identifiers, operations, CWE markers and
// language, plus RESCUE's optional model-derived facets (a draft and a cause analysis).
import type { Task } from '../task/Task';
import type { ParserPort } from '../languages/SyntaxTree';
import type { FacetsRecord, ModelFacet } from './FacetsRecord';
import type { FacetKnowledge } from './FacetKnowledge';
import { backtickSpans, codeText } from './codeText';
import { codeOnly, withCodeShapes } from './codeShapes';
import { matchMarkers } from './matchMarkers';
import { matchOperations } from './matchOperations';
import { cutCallNames, patternCalls, patternImports, trailingOpenCalls, withoutUseStatements } from './patternApis';
import { textApis } from './textApis';
import { treeFacts, type TreeFacts } from './treeApis';
import { prepareFacets } from './PreparedFacets';
import { normaliseApi } from './apiMatch';
import { prefixIntentNames } from './prefixIntent';
import { cutRegion } from './cutRegion';
import { nearCutOperations } from './nearCut';

export interface ModelFacetInputs {
  /** A quick draft of the code, generated without knowledge. */
  draft?: string;
  /** The model's analysis of which vulnerability causes the task risks. */
  causeAnalysis?: string;
}

async function codeFacts(
  code: string,
  task: Task,
  parser?: ParserPort,
): Promise<TreeFacts & { source: 'tree-sitter' | 'pattern' }> {
  if (parser?.supports(task.language)) {
    try {
      const tree = await parser.parse(code, task.language);
      try {
        const facts = treeFacts(tree);
        if (!tree.root.hasError) return { ...facts, source: 'tree-sitter' };
        const open = trailingOpenCalls(code).map(normaliseApi);
        return { ...facts, apis: [...new Set([...facts.apis, ...open])].sort(), source: 'tree-sitter' };
      } finally {
        tree.dispose();
      }
    } catch {
      // An unparseable prefix still has names worth finding; fall back to patterns.
    }
  }
  const identifiers = [...new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? [])].filter((w) => w.length > 2).sort();
  const imports = patternImports(code);
  return {
    apis: [...new Set([...patternCalls(code), ...imports.names])].sort(),
    identifiers,
    imports: imports.fromItems,
    source: 'pattern',
  };
}

export async function deriveFacets(
  task: Task,
  kb: FacetKnowledge,
  parser?: ParserPort,
  model: ModelFacetInputs = {},
): Promise<FacetsRecord> {
  const completion = task.kind === 'completion';
  // A long prefix is read from the region around its cut (cutRegion.ts); a request in words whole.
  const prompt = completion ? cutRegion(task.prompt) : task.prompt;
  const nl = completion ? codeText(prompt) : prompt;
  const code = completion ? prompt : backtickSpans(prompt).join('\n');
  const facts = code.trim()
    ? await codeFacts(code, task, parser)
    : { apis: [], identifiers: [], imports: [], source: 'pattern' as const };
  const prepared = kb.prepared ?? prepareFacets(kb);
  const mentioned = textApis(nl, prepared.vocabulary, prepared.lowerVocabulary);
  const apis = [...new Set([...facts.apis, ...mentioned])].sort();
  // An imported name is evidence of intent only when the code (or the request) also uses it.
  const importedOnly = facts.imports.filter((i) => !mentioned.includes(i) && !calledIn(code, i));
  const text = nl.trim() || prompt;
  const intentNames = completion ? prefixIntentNames(prompt) : [];
  const cutCalls = completion ? cutCallNames(codeOnly(prompt)).map(normaliseApi) : [];
  const nearCut = completion && prompt !== task.prompt ? nearCutOperations(prompt, prepared.operations) : [];
  const draft = await modelFacet(model.draft, task, parser);
  const causeAnalysis: ModelFacet =
    model.causeAnalysis === undefined
      ? { enabled: false }
      : model.causeAnalysis.trim()
        ? { enabled: true, text: model.causeAnalysis }
        : { enabled: true, note: 'The cause analysis came back empty.' };
  return {
    language: task.language,
    text,
    ...(completion && nl.trim() ? { textFromCode: true } : {}),
    ...(intentNames.length > 0 ? { intentNames } : {}),
    ...(cutCalls.length > 0 ? { cutCalls } : {}),
    ...(nearCut.length > 0 ? { nearCutOperations: nearCut } : {}),
    ...(prompt !== task.prompt
      ? { cutRegion: { keptLines: lineCount(prompt), prefixLines: lineCount(task.prompt) } }
      : {}),
    apis,
    identifiers: facts.identifiers.slice(0, 200),
    ...(importedOnly.length > 0 ? { importedOnly } : {}),
    operations: matchOperations(
      completion ? withoutUseStatements(`${text}\n${prompt}`) : text,
      apis,
      prepared.operations,
    ),
    markers: matchMarkers(withCodeShapes(prompt, code, task.language), task.language, prepared.markers),
    apiSource: facts.source,
    draft,
    causeAnalysis,
  };
}

const lineCount = (text: string): number => text.split('\n').length;

/** "redirect" imported from flask is called when "redirect(" appears after the imports. */
function calledIn(code: string, name: string): boolean {
  const bare = name.split('.').pop() ?? name;
  return new RegExp(`(?<![\\w$])${bare.replace(/[$]/g, '\\$')}\\s*\\(`).test(code);
}

async function modelFacet(draft: string | undefined, task: Task, parser?: ParserPort): Promise<ModelFacet> {
  if (draft === undefined) return { enabled: false };
  if (!draft.trim()) return { enabled: true, note: 'The draft came back empty.' };
  const facts = await codeFacts(draft, task, parser);
  return { enabled: true, text: draft, apis: facts.apis };
}

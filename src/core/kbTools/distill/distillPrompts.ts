// The two prompts of RESCUE-style distillation: summarise a batch of fixes, and merge a batch of
// summaries. Both ask for the same plain layout so one parser reads every reply.
import type { ChatMessage } from '../../generation/LlmEngine';
import type { ArtefactExample } from '../../kb/knowledgeArtefactSchema';
import type { DistillSummary } from './distillationRecordSchema';

/** Long sides are cut: the slice already holds what the fix touches. */
const MAX_SIDE_LINES = 40;
export const MAX_GUIDELINES = 6;

const SYSTEM =
  'You distil secure-coding knowledge from real vulnerability fixes. Be concrete, name APIs and checks, and never invent facts the code does not show.';

const ANSWER_FORM = [
  'Answer in exactly this form and nothing else:',
  'CAUSE: <one or two sentences: the root condition that made the code vulnerable>',
  'GUIDELINES:',
  `- <one actionable sentence a developer can follow to avoid the weakness> (at most ${MAX_GUIDELINES} lines like this)`,
].join('\n');

export interface CweLabel {
  id: string;
  name: string;
}

export function pairBatchPrompt(cwe: CweLabel, examples: readonly ArtefactExample[]): ChatMessage[] {
  const blocks = examples.map((e, i) =>
    [
      `### Fix ${i + 1} (${e.language})`,
      'Before:',
      fence(e.language, side(e.vulnerable)),
      'After:',
      fence(e.language, side(e.fixed)),
    ].join('\n'),
  );
  const user = [
    `Weakness: ${label(cwe)}`,
    `Below are ${examples.length} code changes that fix this weakness: the code before and after each fix.`,
    '',
    ...blocks,
    '',
    'Summarise what these fixes teach about avoiding the weakness.',
    ANSWER_FORM,
  ].join('\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user },
  ];
}

export function mergePrompt(cwe: CweLabel, summaries: readonly DistillSummary[]): ChatMessage[] {
  const blocks = summaries.map((s, i) => [`### Summary ${i + 1}`, formatSummary(s)].join('\n'));
  const user = [
    `Weakness: ${label(cwe)}`,
    `Below are ${summaries.length} summaries, each distilled from a batch of fixes for this weakness.`,
    '',
    ...blocks,
    '',
    'Merge them into one summary: keep every distinct point, drop repeats, prefer the most general wording.',
    ANSWER_FORM,
  ].join('\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user },
  ];
}

export function formatSummary(s: DistillSummary): string {
  return [`CAUSE: ${s.cause}`, 'GUIDELINES:', ...s.guidelines.map((g) => `- ${g}`)].join('\n');
}

function label(cwe: CweLabel): string {
  return cwe.name && cwe.name !== cwe.id ? `${cwe.id} (${cwe.name})` : cwe.id;
}

function side(view: ArtefactExample['fixed']): string {
  const text = view.sliced && view.slice ? view.slice : view.code;
  const lines = text.replace(/\n$/, '').split('\n');
  return lines.length <= MAX_SIDE_LINES
    ? lines.join('\n')
    : [...lines.slice(0, MAX_SIDE_LINES), '... (cut)'].join('\n');
}

function fence(language: string, code: string): string {
  return `\`\`\`${language}\n${code}\n\`\`\``;
}

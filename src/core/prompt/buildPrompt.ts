// Assembles the prompt in RESCUE's order (guidelines, then sliced secure examples, then the task,
// then the two rules for chat models) within a token budget, and always a baseline without knowledge.
import type { Task } from '../task/Task';
import type { RetrievalRecord } from '../retrieval/RetrievalRecord';
import type { BuiltPrompt, PromptRecord, PromptSection } from './PromptRecord';
import { KNOWLEDGE_RULES, SYSTEM_PROMPT, taskText } from './promptText';
import type { TokenCounter } from './estimateTokens';

export interface BuildPromptOptions {
  budget: number;
  examplesInPrompt: number;
  useKnowledge: boolean;
  counter: TokenCounter;
  counterKind: 'tokenizer' | 'estimate';
}

interface Candidate {
  section: Omit<PromptSection, 'tokens'>;
  /** Lower value is dropped first when over budget. */
  priority: number;
}

export async function buildPrompt(
  task: Task,
  retrieval: RetrievalRecord,
  options: BuildPromptOptions,
): Promise<PromptRecord> {
  const fixed: Omit<PromptSection, 'tokens'>[] = [
    { kind: 'system', title: 'System', text: SYSTEM_PROMPT, sources: [] },
    { kind: 'task', title: 'Task', text: taskText(task), sources: [] },
  ];
  const knowledge =
    retrieval.outcome === 'knowledge' ? knowledgeCandidates(retrieval, task, options.examplesInPrompt) : [];
  const baseline = await assemble([...fixed], options.counter);

  const dropped: string[] = [];
  let kept = [...knowledge];
  let withKnowledge = await assemble(order([...fixed], kept), options.counter);
  while (withKnowledge.tokens > options.budget && kept.length > 0) {
    const weakest = kept.reduce((a, b) => (b.priority < a.priority ? b : a));
    kept = kept.filter((c) => c !== weakest);
    dropped.push(...weakest.section.sources);
    withKnowledge = await assemble(order([...fixed], kept), options.counter);
  }
  return {
    withKnowledge,
    baseline,
    budget: options.budget,
    tokenCount: options.counterKind,
    dropped,
    use: options.useKnowledge && kept.length > 0 ? 'knowledge' : 'baseline',
  };
}

function knowledgeCandidates(retrieval: RetrievalRecord, task: Task, exampleCount: number): Candidate[] {
  const chosen = retrieval.cwes.filter((c) => c.chosen);
  const guidelines = chosen.flatMap((c) => c.guidelines.filter((g) => g.chosen)).sort((a, b) => b.fused - a.fused);
  const examples = chosen
    .flatMap((c) => c.examples.filter((e) => e.chosen))
    .sort((a, b) => Number(b.language === task.language) - Number(a.language === task.language) || b.fused - a.fused);
  const out: Candidate[] = guidelines.map((g, i) => ({
    section: { kind: 'guidelines', title: `Guideline (${g.cwe})`, text: `- ${g.text}`, sources: [g.id] },
    priority: 100 - i,
  }));
  examples.slice(0, exampleCount).forEach((e, i) => {
    const code = e.fixed.sliced && e.fixed.slice ? e.fixed.slice : e.fixed.code;
    out.push({
      section: {
        kind: 'example',
        title: `Secure example (${e.cwe}, ${e.language})`,
        text: `Example of secure code for "${e.task}" (${e.description}):\n\`\`\`${e.language}\n${code.trimEnd()}\n\`\`\``,
        sources: [e.id],
      },
      priority: 50 - i,
    });
  });
  out.push({
    section: { kind: 'rules', title: 'Rules', text: KNOWLEDGE_RULES.map((r) => `- ${r}`).join('\n'), sources: [] },
    priority: 1000,
  });
  return out;
}

/** RESCUE order: system, guidelines, examples, task, rules. */
function order(fixed: Omit<PromptSection, 'tokens'>[], kept: Candidate[]): Omit<PromptSection, 'tokens'>[] {
  const [system, task] = fixed;
  const of = (kind: string) => kept.filter((c) => c.section.kind === kind).map((c) => c.section);
  const guidelineLines = of('guidelines');
  const merged = guidelineLines.length
    ? [
        {
          kind: 'guidelines' as const,
          title: 'Security guidelines',
          text: `Security guidelines:\n${guidelineLines.map((g) => g.text).join('\n')}`,
          sources: guidelineLines.flatMap((g) => g.sources),
        },
      ]
    : [];
  return [system!, ...merged, ...of('example'), task!, ...of('rules')];
}

async function assemble(sections: Omit<PromptSection, 'tokens'>[], counter: TokenCounter): Promise<BuiltPrompt> {
  const counted: PromptSection[] = [];
  for (const s of sections) counted.push({ ...s, tokens: await counter(s.text) });
  const system = counted
    .filter((s) => s.kind === 'system')
    .map((s) => s.text)
    .join('\n\n');
  const user = counted
    .filter((s) => s.kind !== 'system')
    .map((s) => s.text)
    .join('\n\n');
  const messages = [
    { role: 'system' as const, content: system },
    { role: 'user' as const, content: user },
  ];
  const tokens = (await counter(system)) + (await counter(user));
  return { messages, sections: counted, tokens };
}

// `retrieve`: CWEs, guidelines and examples for a task. JSON Lines in/out with --jsonl FILE
// (the contract in docs/cli.md), or a readable tree for one --prompt.
import type { Command } from '../Command';
import { runJsonl } from '../runJsonl';
import { LANGUAGES, type Task } from '../../core/task/Task';
import { taskFromInput } from '../../core/taskFromInput';
import type { KnowledgeBase } from '../../core/kbTools/KnowledgeBase';
import type { RetrievalRecord } from '../../core/retrieval/RetrievalRecord';
import { deriveFacets } from '../../core/facets/deriveFacets';
import { nodeParser } from '../../adapters/node/nodeParser';
import { openKnowledgeBase } from './openKnowledgeBase';
import { JSONL_OPTION, KB_OPTIONS } from '../commonOptions';
import { printRetrievalTree } from './printRetrievalTree';
import { retrieve } from '../../core/retrieval/retrieve';

export async function retrieveForTask(kb: KnowledgeBase, task: Task): Promise<RetrievalRecord> {
  return retrieve(kb, await deriveFacets(task, kb, nodeParser()));
}

export function contractOutput(record: RetrievalRecord): Record<string, unknown> {
  const chosen = record.cwes.filter((c) => c.chosen);
  return {
    // related: the CWE's MITRE parents and children, as `analyze` gives for a finding (siblings stay in the trace).
    cwes: record.cwes.map((c) => ({
      id: c.id,
      score: c.fused,
      related: (c.related ?? []).filter((r) => r.relation !== 'sibling').map((r) => r.id),
    })),
    guidelines: chosen.flatMap((c) =>
      c.guidelines.filter((g) => g.chosen).map((g) => ({ id: g.id, cwe: g.cwe, score: g.fused })),
    ),
    examples: chosen.flatMap((c) =>
      c.examples.filter((e) => e.chosen).map((e) => ({ id: e.id, cwe: e.cwe, language: e.language, score: e.fused })),
    ),
  };
}

export const retrieveCommand: Command = {
  name: 'retrieve',
  summary: 'CWEs, guidelines and examples for tasks (--jsonl FILE | --prompt TEXT --language L)',
  options: [
    JSONL_OPTION,
    { name: 'prompt', type: 'string', value: 'TEXT', description: 'one task, printed as a readable retrieval tree' },
    {
      name: 'language',
      type: 'string',
      value: 'LANG',
      choices: LANGUAGES,
      default: 'python',
      description: 'language of --prompt',
    },
    {
      name: 'kind',
      type: 'string',
      choices: ['nl', 'completion'],
      defaultNote: 'inferred',
      description: 'task kind of --prompt',
    },
    { name: 'json', type: 'boolean', description: 'with --prompt: print the whole retrieval record as JSON' },
    ...KB_OPTIONS,
  ],
  async run(args) {
    const kb = await openKnowledgeBase(args);
    if (args.flags.jsonl) {
      return runJsonl(args.flags.jsonl, async (input) =>
        contractOutput(await retrieveForTask(kb, taskFromInput(input))),
      );
    }
    if (!args.flags.prompt) {
      process.stderr.write(
        'usage: retrieve --jsonl FILE | --prompt "..." --language python [--kind nl|completion] [--json]\n',
      );
      return 2;
    }
    const task = taskFromInput({
      prompt: args.flags.prompt,
      language: args.flags.language ?? 'python',
      kind: args.flags.kind,
    });
    const record = await retrieveForTask(kb, task);
    process.stdout.write(args.flags.json ? `${JSON.stringify(record, null, 2)}\n` : printRetrievalTree(record));
    return 0;
  },
};

import { describe, expect, it } from 'vitest';
import { buildPrompt } from './buildPrompt';
import { estimateCounter, estimateTokens } from './estimateTokens';
import type { RetrievalRecord, CweNode } from '../retrieval/RetrievalRecord';
import type { Task } from '../task/Task';

const task: Task = { id: 't', language: 'python', kind: 'nl', prompt: 'Read a YAML config sent by the client.' };

function cwe(id: string, guidelineTexts: string[], exampleLanguages: string[]): CweNode {
  return {
    id,
    name: id,
    rank: 1,
    fused: 0.03,
    chosen: true,
    facets: [],
    why: '',
    source: 'builtin',
    guidelines: guidelineTexts.map((text, i) => ({
      id: `${id}-g${i + 1}`,
      cwe: id,
      text,
      rank: i + 1,
      fused: 0.03 - i * 0.001,
      chosen: true,
      facets: [],
      why: '',
      source: 'builtin',
    })),
    examples: exampleLanguages.map((language, i) => ({
      id: `${id}-${language}-${i}`,
      cwe: id,
      language,
      task: 'load config',
      description: 'safe loader',
      rank: i + 1,
      fused: 0.02 - i * 0.001,
      chosen: true,
      facets: [],
      why: '',
      source: 'builtin',
      vulnerable: { code: 'yaml.load(x)\n', sliced: false },
      fixed: {
        code: `# ${language}\nyaml.safe_load(x)\n`,
        sliced: true,
        slice: `# ${language} slice\nyaml.safe_load(x)\n`,
        keptLines: [1, 2],
      },
    })),
  };
}

function retrieval(cwes: CweNode[], outcome: RetrievalRecord['outcome'] = 'knowledge'): RetrievalRecord {
  return {
    outcome,
    settings: { k: 4, alpha: 60, rankCap: 10, thresholds: {} },
    cwes,
    chosen: cwes.map((c) => c.id),
    kbVersion: 'v',
  };
}

const options = {
  budget: 4000,
  examplesInPrompt: 1,
  useKnowledge: true,
  counter: estimateCounter,
  counterKind: 'estimate' as const,
};

describe('buildPrompt', () => {
  it('orders sections as RESCUE does: guidelines, example, task, rules', async () => {
    const p = await buildPrompt(
      task,
      retrieval([cwe('CWE-502', ['Use yaml.safe_load.', 'Never unpickle input.'], ['java', 'python'])]),
      options,
    );
    expect(p.withKnowledge.sections.map((s) => s.kind)).toEqual(['system', 'guidelines', 'example', 'task', 'rules']);
    expect(p.use).toBe('knowledge');
    const user = p.withKnowledge.messages[1]!.content;
    expect(user.indexOf('Use yaml.safe_load.')).toBeLessThan(user.indexOf('Read a YAML config'));
  });

  it('prefers an example in the task language and uses its slice', async () => {
    const p = await buildPrompt(task, retrieval([cwe('CWE-502', ['g'], ['java', 'python'])]), options);
    const example = p.withKnowledge.sections.find((s) => s.kind === 'example');
    expect(example?.sources).toEqual(['CWE-502-python-1']);
    expect(example?.text).toContain('# python slice');
  });

  it('drops examples, then the weakest guidelines, to fit the budget and records what it dropped', async () => {
    const long = 'x'.repeat(700);
    const r = retrieval([cwe('CWE-502', [`first ${long}`, `second ${long}`, `third ${long}`], ['python'])]);
    const full = await buildPrompt(task, r, options);
    const budget = full.withKnowledge.tokens - estimateTokens(long);
    const fitted = await buildPrompt(task, r, { ...options, budget });
    expect(fitted.withKnowledge.tokens).toBeLessThanOrEqual(budget);
    expect(fitted.dropped[0]).toBe('CWE-502-python-0');
    expect(fitted.dropped).toContain('CWE-502-g3');
    expect(fitted.dropped).not.toContain('CWE-502-g1');
  });

  it('always builds a baseline without knowledge and uses it when retrieval found nothing', async () => {
    const p = await buildPrompt(task, retrieval([], 'none'), options);
    expect(p.use).toBe('baseline');
    expect(p.baseline.sections.map((s) => s.kind)).toEqual(['system', 'task']);
    expect(p.withKnowledge.sections.some((s) => s.kind === 'guidelines')).toBe(false);
  });

  it('frames a completion task as code to complete, keeping the prefix', async () => {
    const prefix = 'import yaml\n\ndef load(text):\n    """Parse the config."""\n';
    const p = await buildPrompt({ ...task, kind: 'completion', prompt: prefix }, retrieval([], 'none'), options);
    expect(p.baseline.messages[1]!.content).toContain('```python\nimport yaml');
  });
});

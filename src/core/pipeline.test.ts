import { describe, expect, it } from 'vitest';
import { runPipeline } from './pipeline';
import { createStages } from './createStages';
import type { PipelinePorts } from './PipelinePorts';
import type { Task } from './task/Task';
import type { RetrievalRecord } from './retrieval/RetrievalRecord';
import { ScriptedEngine } from '../adapters/scripted/ScriptedEngine';
import { stageEntry, stageOutput } from './trace';
import { RunCoordinator } from './runCoordinator';

const task: Task = { id: 't1', language: 'python', kind: 'nl', prompt: 'Ping a host given by the user.' };

const retrieval: RetrievalRecord = {
  outcome: 'knowledge',
  settings: { k: 4, alpha: 60, rankCap: 10, thresholds: {} },
  chosen: ['CWE-78'],
  kbVersion: 'test',
  cwes: [
    {
      id: 'CWE-78',
      name: 'OS Command Injection',
      rank: 1,
      fused: 0.03,
      chosen: true,
      facets: [],
      why: 'test',
      source: 'builtin',
      guidelines: [
        {
          id: 'g1',
          cwe: 'CWE-78',
          text: 'Pass arguments as a list.',
          rank: 1,
          fused: 0.02,
          chosen: true,
          facets: [],
          why: '',
          source: 'builtin',
        },
      ],
      examples: [],
    },
  ],
};

/** Ports whose analyser flags os.system, so revision has something to fix. */
function ports(): PipelinePorts {
  return {
    deriveFacets: async (t) => ({
      language: t.language,
      text: t.prompt,
      apis: [],
      identifiers: [],
      operations: [{ id: 'shell', label: 'shell', via: ['ping'] }],
      markers: [],
      apiSource: 'pattern',
      draft: { enabled: false },
      causeAnalysis: { enabled: false },
    }),
    retrieve: async () => retrieval,
    analyze: async (code, language) => ({
      language,
      analyzer: 'fake',
      parsed: true,
      suppressed: [],
      findings: code.includes('os.system')
        ? [
            {
              rule: 'shell',
              cwe: 'CWE-78',
              severity: 'error',
              message: 'shell',
              line: 2,
              column: 1,
              endLine: 2,
              endColumn: 10,
            },
          ]
        : [],
    }),
    advisor: {
      advise: async () => [
        { id: 'a1', cwe: 'CWE-78', language: 'python', title: 'Avoid shells', score: 3, matched: ['os.system'] },
      ],
      texts: async (ids) => ids.map((id) => ({ id, title: 'Avoid shells', answer: 'Use subprocess.run with a list.' })),
    },
  };
}

const engine = () =>
  new ScriptedEngine({
    rules: [
      { match: 'Review this', reply: '```python\nimport subprocess\nsubprocess.run(["ping", "-c", "1", host])\n```' },
      { reply: '```python\nimport os\nos.system("ping -c 1 " + host)\n```' },
    ],
  });

describe('runPipeline', () => {
  it('runs every stage in order and records outputs, with the finding fixed by revision', async () => {
    const trace = await runPipeline({ task, engine: engine() }, createStages(ports()));
    expect(trace.stages.map((s) => `${s.stage}:${s.status}`)).toEqual([
      'facets:ok',
      'retrieval:ok',
      'prompt:ok',
      'generation:ok',
      'analysis:ok',
      'revision:ok',
      'critique:ok',
      'diff:ok',
    ]);
    expect(stageOutput(trace, 'prompt')?.withKnowledge.messages[1]?.content).toContain('Pass arguments as a list.');
    expect(stageOutput(trace, 'analysis')?.findings).toHaveLength(1);
    const revision = stageOutput(trace, 'revision');
    expect(revision?.status).toBe('revised');
    expect(revision?.findingsAfter).toEqual([]);
    expect(stageOutput(trace, 'diff')?.changed).toBe(true);
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });

  it('skips generation and its dependents without an engine, but keeps retrieval', async () => {
    const trace = await runPipeline({ task }, createStages(ports()));
    expect(stageEntry(trace, 'retrieval')?.status).toBe('ok');
    const generation = stageEntry(trace, 'generation');
    expect(generation?.status).toBe('skipped');
    expect(stageEntry(trace, 'analysis')?.status).toBe('skipped');
  });

  it('analyses pasted code without a model and retrieves advisories, marking revision skipped', async () => {
    const trace = await runPipeline({ task, providedCode: 'import os\nos.system(x)\n' }, createStages(ports()));
    expect(stageOutput(trace, 'analysis')?.findings[0]?.cwe).toBe('CWE-78');
    const revision = stageOutput(trace, 'revision');
    expect(revision?.status).toBe('skipped');
    expect(revision?.advisories[0]?.id).toBe('a1');
  });

  it('records a failing stage as an error record and skips what depends on it', async () => {
    const broken = {
      ...ports(),
      retrieve: async () => {
        throw new Error('index missing');
      },
    };
    const trace = await runPipeline({ task, engine: engine() }, createStages(broken));
    const entry = stageEntry(trace, 'retrieval');
    expect(entry?.status).toBe('error');
    if (entry?.status === 'error') expect(entry.error.detail).toBe('index missing');
    expect(stageEntry(trace, 'prompt')?.status).toBe('skipped');
    expect(trace.status).toBe('error');
  });

  it('stops when aborted mid-generation and marks the run aborted', async () => {
    const controller = new AbortController();
    const slow = new ScriptedEngine({ rules: [{ reply: 'a b c d e f g h i j' }], tokenDelayMs: 5 });
    const trace = await runPipeline({ task, engine: slow }, createStages(ports()), {
      signal: controller.signal,
      onToken: (t) => {
        if (t.text === 'c') controller.abort();
      },
    });
    expect(trace.status).toBe('aborted');
    expect(stageEntry(trace, 'analysis')).toBeUndefined();
  });

  it('turns the baseline prompt on when knowledge is off', async () => {
    const e = engine();
    const trace = await runPipeline(
      { task, engine: e, config: { useKnowledge: false, revise: false } },
      createStages(ports()),
    );
    expect(stageOutput(trace, 'prompt')?.use).toBe('baseline');
    expect(e.requests[0]?.messages[1]?.content).not.toContain('Pass arguments as a list.');
    expect(stageEntry(trace, 'revision')?.status).toBe('skipped');
  });
});

describe('RunCoordinator', () => {
  it('aborts the previous run when a new one starts and tells stale runs apart', () => {
    const runs = new RunCoordinator();
    const first = runs.start();
    const second = runs.start();
    expect(first.signal.aborted).toBe(true);
    expect(runs.isCurrent(first.runId)).toBe(false);
    expect(runs.isCurrent(second.runId)).toBe(true);
    runs.cancel();
    expect(second.signal.aborted).toBe(true);
  });
});

// A real trace for tests: runPipeline with the scripted engine over small in-memory ports, so
// trace tests check what the pipeline actually writes rather than a hand-made object.
import { runPipeline, type RunOptions } from '../../core/pipeline';
import { createStages } from '../../core/createStages';
import type { PipelinePorts } from '../../core/PipelinePorts';
import type { RunConfig, RunTrace } from '../../core/trace';
import type { Task } from '../../core/task/Task';
import type { LlmEngine } from '../../core/generation/LlmEngine';
import { ScriptedEngine, type EngineScript } from './ScriptedEngine';

export const FIXTURE_TASK: Task = {
  id: 'py-ping',
  title: 'Ping a host',
  language: 'python',
  kind: 'nl',
  prompt: 'Ping a host given by the user.',
};

export const FIXTURE_SCRIPT: EngineScript = {
  rules: [
    { match: 'Critique this', reply: 'NO ISSUES FOUND' },
    {
      match: 'Review this',
      reply: 'Use a list.\n```python\nimport subprocess\nsubprocess.run(["ping", "-c", "1", host])\n```',
    },
    { reply: 'Here:\n```python\nimport os\nos.system("ping -c 1 " + host)\n```' },
  ],
  tokenDelayMs: 1,
};

function fixturePorts(): PipelinePorts {
  return {
    deriveFacets: async (t) => ({
      language: t.language,
      text: t.prompt,
      apis: ['os.system'],
      identifiers: [],
      operations: [{ id: 'shell', label: 'shell', via: ['ping'] }],
      markers: [],
      apiSource: 'pattern',
      draft: { enabled: false },
      causeAnalysis: { enabled: false },
    }),
    retrieve: async () => ({
      outcome: 'knowledge',
      settings: { k: 4, alpha: 60, rankCap: 10, thresholds: { 'text:bm25': 1 } },
      chosen: ['CWE-78'],
      kbVersion: 'fixture',
      cwes: [
        {
          id: 'CWE-78',
          name: 'OS Command Injection',
          rank: 1,
          fused: 0.03,
          chosen: true,
          why: 'fixture',
          source: 'builtin',
          facets: [{ facet: 'text:bm25', score: 2, rank: 1, threshold: 1, passed: true, contribution: 0.016 }],
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
    }),
    analyze: async (code, language) => ({
      language,
      analyzer: 'fixture',
      parsed: true,
      suppressed: [],
      findings: code.includes('os.system')
        ? [
            {
              rule: 'shell',
              cwe: 'CWE-78',
              severity: 'error',
              message: 'shell command built from input',
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

/** Runs the fixture task through the real pipeline; the engine defaults to the fixture script. */
export function fixtureTrace(
  options: { config?: Partial<RunConfig>; engine?: LlmEngine; run?: RunOptions } = {},
): Promise<RunTrace> {
  return runPipeline(
    { task: FIXTURE_TASK, engine: options.engine ?? new ScriptedEngine(FIXTURE_SCRIPT), config: options.config },
    createStages(fixturePorts()),
    options.run,
  );
}

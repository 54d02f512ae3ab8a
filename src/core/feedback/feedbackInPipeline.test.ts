// Feedback through the real analyser and the pipeline: a false-positive mark hides the finding in
// a later analysis (with the reason recorded), and notes join the retrieval record.
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../analysis/analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import { suppressFinding } from './suppressFinding';
import { feedbackSnapshot } from './feedbackSnapshot';
import { findingFeedback } from './newFeedbackEntry';
import { runPipeline } from '../pipeline';
import { createStages } from '../createStages';
import type { PipelinePorts } from '../PipelinePorts';
import { stageOutput } from '../trace';

const code = 'import subprocess\n\ndef ping(host):\n    return subprocess.run("ping -c 1 " + host, shell=True)\n';
const task = {
  id: 't',
  language: 'python' as const,
  kind: 'nl' as const,
  prompt: 'Ping a host with the ping command.',
};

describe('feedback in analysis and the pipeline', () => {
  it('suppresses a finding the team marked a false positive, in the real analyser', async () => {
    const parser = nodeParser();
    const first = await analyzeCode(code, 'python', parser);
    const target = first.findings[0]!;
    const fp = findingFeedback('fb-9', { runId: 'r', task }, target, 'false-positive', 'internal tool', new Date(0));
    const second = await analyzeCode(code, 'python', parser, {
      suppress: suppressFinding(feedbackSnapshot([fp]).suppressions, 'python'),
    });
    expect(second.findings.some((f) => f.rule === target.rule && f.line === target.line)).toBe(false);
    expect(second.suppressed[0]).toMatchObject({ rule: target.rule, line: target.line });
    expect(second.suppressed[0]?.suppressedBy).toContain('fb-9');
  });

  it('passes suppressions to every analysis of a run and attaches matching notes to retrieval', async () => {
    const seen: (string | undefined)[] = [];
    const fp = findingFeedback(
      'fb-1',
      { runId: 'r', task },
      {
        rule: 'x',
        cwe: 'CWE-78',
        severity: 'error',
        message: 'm',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        snippet: 'a',
      },
      'false-positive',
      'ping host shell is fine here',
      new Date(0),
    );
    const ports: PipelinePorts = {
      deriveFacets: async (t) => ({
        language: t.language,
        text: t.prompt,
        apis: [],
        identifiers: [],
        operations: [],
        markers: [],
        apiSource: 'pattern',
        draft: { enabled: false },
        causeAnalysis: { enabled: false },
      }),
      retrieve: async () => ({
        outcome: 'knowledge',
        settings: { k: 4, alpha: 60, rankCap: 10, thresholds: {} },
        chosen: [],
        kbVersion: 'v',
        cwes: [],
      }),
      analyze: async (_c, language, request) => {
        seen.push(request?.suppressions?.[0]?.feedbackId);
        return { language, analyzer: 'f', parsed: true, findings: [], suppressed: [] };
      },
      advisor: { advise: async () => [], texts: async () => [] },
      feedback: { snapshot: () => feedbackSnapshot([fp]) },
    };
    const trace = await runPipeline({ task, providedCode: code }, createStages(ports));
    expect(seen).toEqual(['fb-1']);
    const node = stageOutput(trace, 'retrieval')?.cwes.find((c) => c.id === 'CWE-78');
    expect(node?.guidelines[0]).toMatchObject({ id: 'fb-1', source: 'feedback' });
  });
});

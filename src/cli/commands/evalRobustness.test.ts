// eval against servers with the quirks of real ones: it adapts to what it can and stops on what it cannot.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evalCommand } from './eval';
import { startFakeOpenAiServer, type FakeServer, type ServerQuirks } from '../../adapters/openai/fakeOpenAiServer';
import { fixtureArtefactJson } from '../../adapters/node/fixtureNodePorts';
import { parseTraceText } from '../../core/traceIo';

const fence = '```';
const dir = mkdtempSync(join(tmpdir(), 'scg-eval-robust-'));
writeFileSync(join(dir, 'knowledge.json'), fixtureArtefactJson());
const tasks = ['add', 'sub', 'mul'].map((name) => ({
  id: `js-${name}`,
  language: 'javascript',
  prompt: `Write a JavaScript function ${name}(a, b).`,
}));
writeFileSync(join(dir, 'suite.jsonl'), `${tasks.map((t) => JSON.stringify(t)).join('\n')}\n`);

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function evalAgainst(quirks: ServerQuirks, extra: Record<string, string> = {}) {
  server = await startFakeOpenAiServer({
    rules: [{ reply: `${fence}js\nexport const f = (a, b) => a + b;\n${fence}` }],
    quirks,
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = join(dir, `report-${Math.random()}.json`);
  const code = await evalCommand.run({
    positional: [],
    flags: {
      'kb-dir': dir,
      suite: join(dir, 'suite.jsonl'),
      engine: 'openai',
      'base-url': server.url,
      model: 'fake-coder',
      config: 'baseline',
      'no-tests': 'true',
      out,
      ...extra,
    },
  });
  const log = stderr.mock.calls.map((c) => String(c[0])).join('');
  stderr.mockRestore();
  return { code, log, report: JSON.parse(readFileSync(out, 'utf8')), requests: server.requests };
}

describe('eval against quirky servers', () => {
  it('falls back, retries, and completes every run', async () => {
    const { code, report, requests } = await evalAgainst(
      { rejectLogprobs: true, rejectSystemRole: true, rateLimitFirst: { times: 1, retryAfter: '0' } },
      { retries: '2' },
    );
    expect(code).toBe(0);
    expect(report.summary.baseline).toMatchObject({ runs: 3, errors: 0, secureRate: 1 });
    // 429, then two fallbacks on the first run; every later request goes out already adapted.
    expect(requests).toHaveLength(3 + 3);
    expect(requests.at(-1)).not.toHaveProperty('logprobs');
  });

  it('stops after three identical rejections with one message and exit code 1', async () => {
    const { code, log, report, requests } = await evalAgainst(
      { rejectAlways: 'this model does not support chat' },
      { config: 'baseline,rescue' },
    );
    expect(code).toBe(1);
    expect(requests).toHaveLength(3);
    expect(report.tasks).toHaveLength(3);
    expect(log).toContain('eval stopped: the server rejected 3 requests the same way');
    expect(log).toContain('this model does not support chat');
  });

  it('does not ask for logprobs with --no-logprobs', async () => {
    const { code, requests } = await evalAgainst({ rejectLogprobs: true }, { 'no-logprobs': 'true' });
    expect(code).toBe(0);
    expect(requests).toHaveLength(3);
  });

  it('with --concurrency writes the runs in the same order as one at a time', async () => {
    const order = (report: { tasks: { id: string; sample: number; config: string }[] }): string[] =>
      report.tasks.map((t) => `${t.id}#${t.sample}:${t.config}`);
    const extra = { samples: '2', temperature: '0.5', seed: '1', config: 'baseline,rescue' };
    const one = await evalAgainst({}, extra);
    await server?.close();
    const many = await evalAgainst({}, { ...extra, concurrency: '4' });
    expect(many.code).toBe(0);
    expect(order(many.report)).toHaveLength(12);
    expect(order(many.report)).toEqual(order(one.report));
    expect(many.report.summary).toEqual(one.report.summary);
  });

  it('with --traces writes the trace of every run gzip-compressed and the result refers to it', async () => {
    const traces = join(dir, 'traces');
    const { code, report } = await evalAgainst({}, { traces, samples: '2', config: 'baseline,rescue' });
    expect(code).toBe(0);
    expect(report.tasks).toHaveLength(12);
    const paths = report.tasks.map((t: { trace?: string }) => t.trace);
    expect(new Set(paths).size).toBe(12);
    const first = report.tasks[0];
    expect(first.trace).toBe(join(traces, 'fake-coder', 'baseline', `${first.id}-0.json.gz`));
    const rescue = report.tasks.find(
      (t: { config: string; sample: number }) => t.config === 'rescue' && t.sample === 1,
    );
    const trace = parseTraceText(gunzipSync(readFileSync(rescue.trace)).toString('utf8'));
    expect(trace.task.id).toBe(rescue.id);
    expect(trace.config.useKnowledge).toBe(true);
  });
});

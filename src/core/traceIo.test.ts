import { describe, expect, it } from 'vitest';
import { MAX_TRACE_BYTES, parseTraceFile, parseTraceText, serializeTrace, traceFileName } from './traceIo';
import { runTraceSchema } from './traceSchema';
import { PlaygroundError } from './errors';
import { fixtureTrace } from '../adapters/scripted/fixtureTrace';
import { TRACE_VERSION } from './trace';
import { STAGE_NAMES } from './pipeline';

async function refusal(run: () => unknown): Promise<PlaygroundError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PlaygroundError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('trace schema and files', () => {
  it('accepts a real trace from runPipeline, with every stage, and round-trips it through a file', async () => {
    const trace = await fixtureTrace();
    expect(trace.stages.map((s) => s.stage)).toEqual([...STAGE_NAMES]);
    expect(trace.stages.every((s) => s.status === 'ok')).toBe(true);
    expect(runTraceSchema.safeParse(trace).success).toBe(true);
    const back = await parseTraceFile(new Blob([serializeTrace(trace)]));
    expect(back).toEqual(JSON.parse(JSON.stringify(trace)));
    expect(traceFileName(trace)).toMatch(/^trace-run-[a-z0-9-]+\.json$/);
  });

  it('accepts traces with skipped and failed stages', async () => {
    const trace = await fixtureTrace({ config: { revise: false, critiqueRounds: 0 } });
    trace.stages[0] = {
      stage: 'facets',
      status: 'error',
      ms: 1,
      error: { code: 'STAGE_FAILED', message: 'x', detail: 'y' },
    };
    expect(trace.stages.some((s) => s.status === 'skipped')).toBe(true);
    expect(parseTraceText(JSON.stringify(trace)).stages[0]?.status).toBe('error');
  });

  it('refuses a file that is not JSON, saying so', async () => {
    const error = await refusal(() => parseTraceFile(new Blob(['{"schema": "secure-codegen-playground/trace", '])));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toMatch(/^Import refused: the file is not JSON/);
  });

  it('refuses JSON that is not a trace', async () => {
    const error = await refusal(() => parseTraceText('[1, 2, 3]'));
    expect(error.message).toContain('not a playground trace');
  });

  it('refuses another version, naming both versions', async () => {
    const trace = { ...(await fixtureTrace()), version: TRACE_VERSION + 1 };
    const error = await refusal(() => parseTraceText(JSON.stringify(trace)));
    expect(error.message).toBe(
      `Import refused: the trace is version ${TRACE_VERSION + 1}, but this playground reads version ${TRACE_VERSION} traces.`,
    );
    const { version: _dropped, ...unversioned } = trace;
    expect((await refusal(() => parseTraceText(JSON.stringify(unversioned)))).message).toContain('has no version');
  });

  it('refuses a file over the size limit before reading it', async () => {
    let read = false;
    const file = {
      size: MAX_TRACE_BYTES + 1,
      text: async () => {
        read = true;
        return '{}';
      },
    };
    const error = await refusal(() => parseTraceFile(file));
    expect(error.message).toMatch(/the file is 5\.0 MB; traces over 5\.0 MB are refused/);
    expect(read).toBe(false);
  });

  it('refuses unexpected fields, naming the field and where it is', async () => {
    const trace = JSON.parse(JSON.stringify(await fixtureTrace()));
    trace.stages[3].output.secret = 1;
    const error = await refusal(() => parseTraceText(JSON.stringify(trace)));
    expect(error.message).toBe('Import refused: unexpected field "secret" at stages[3].output.');
  });

  it('refuses wrongly typed fields with their path', async () => {
    const trace = JSON.parse(JSON.stringify(await fixtureTrace()));
    trace.stages[0].ms = 'fast';
    trace.task.language = 'cobol';
    const error = await refusal(() => parseTraceText(JSON.stringify(trace)));
    expect(error.message).toContain('task.language');
    expect(error.message).toContain('stages[0].ms');
  });
});

// A check-my-own-code run end to end in Node: language detection, facets and retrieval from the pasted code.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureNodePorts } from '../../adapters/node/fixtureNodePorts';
import { createStages } from '../createStages';
import { runPipeline, type PipelineStages } from '../pipeline';
import { stageOutput } from '../trace';
import { runTraceSchema } from '../traceSchema';
import type { Task } from './Task';

// The scenario: the default task is C, the pasted code is Python.
const C_TASK: Task = {
  id: 'c-copy',
  language: 'c',
  kind: 'nl',
  prompt: 'Write a C function that copies a user name into a fixed-size buffer.',
};
const PYTHON = [
  'import subprocess',
  '',
  'def ping(host):',
  '    cmd = "ping -c 1 " + host',
  '    subprocess.run(cmd, shell=True)',
  '',
  'def find_user(cursor, name):',
  '    cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
  '    return cursor.fetchall()',
  '',
].join('\n');

let stages: PipelineStages;
beforeAll(async () => {
  stages = createStages(await fixtureNodePorts());
});

describe('check my own code', () => {
  it('detects Python in a C task and takes facets, retrieval and findings from the code', async () => {
    const trace = await runPipeline({ task: C_TASK, providedCode: PYTHON, providedLanguage: 'auto' }, stages);
    const facets = stageOutput(trace, 'facets')!;
    expect(facets.language).toBe('python');
    expect(facets.codeLanguage).toMatchObject({ language: 'python', source: 'detected' });
    expect(facets.codeLanguage!.detection!.candidates[0]).toMatchObject({ language: 'python', errors: 0 });
    expect(facets.apis).toContain('subprocess.run');
    expect(facets.text).not.toContain('fixed-size buffer');
    const retrieval = stageOutput(trace, 'retrieval')!;
    expect(retrieval.chosen).toEqual(expect.arrayContaining(['CWE-78', 'CWE-89']));
    const analysis = stageOutput(trace, 'analysis')!;
    expect(analysis).toMatchObject({ language: 'python', parsed: true });
    expect(analysis.languageCheck).toBeUndefined();
    expect(analysis.findings.map((f) => f.cwe)).toEqual(expect.arrayContaining(['CWE-78', 'CWE-89']));
    expect(trace.providedLanguage).toBe('auto');
    expect(runTraceSchema.safeParse(JSON.parse(JSON.stringify(trace))).success).toBe(true);
  });

  it('keeps a picked language and records that the code looks like another one', async () => {
    const trace = await runPipeline({ task: C_TASK, providedCode: PYTHON, providedLanguage: 'c' }, stages);
    expect(stageOutput(trace, 'facets')!.codeLanguage).toEqual({ language: 'c', source: 'picked' });
    const analysis = stageOutput(trace, 'analysis')!;
    expect(analysis).toMatchObject({ language: 'c', parsed: false });
    expect(analysis.languageCheck).toMatchObject({ asked: 'c', likely: 'python' });
    expect(runTraceSchema.safeParse(JSON.parse(JSON.stringify(trace))).success).toBe(true);
  });

  it('notes code in another language than the task asked for outside the mode too (a model answering in Python)', async () => {
    // Without providedLanguage the code stands for generated code: the task's language is kept, as evaluation needs.
    const trace = await runPipeline({ task: C_TASK, providedCode: PYTHON }, stages);
    expect(stageOutput(trace, 'facets')!.codeLanguage).toBeUndefined();
    expect(stageOutput(trace, 'facets')!.language).toBe('c');
    expect(stageOutput(trace, 'analysis')!.languageCheck).toMatchObject({ asked: 'c', likely: 'python' });
  });

  it('adds no language check when the code parses as asked', async () => {
    const trace = await runPipeline({ task: { ...C_TASK, language: 'python' }, providedCode: PYTHON }, stages);
    expect(stageOutput(trace, 'analysis')).toMatchObject({ parsed: true });
    expect(stageOutput(trace, 'analysis')!.languageCheck).toBeUndefined();
  });
});

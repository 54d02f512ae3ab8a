// `kb ingest` end to end in Node on the project's fixture pairs, distilled by the scripted engine:
// the written file validates, carries every model call, and loads beside a built-in KB.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedEngine } from '../scripted/ScriptedEngine';
import { buildKnowledgeArtefact } from '../../core/kbTools/buildKnowledgeArtefact';
import { canonicalJson } from '../../core/kb/canonicalJson';
import { validateKbSources } from '../../core/kbTools/validateKbSources';
import { fixtureKbSources } from '../../core/kbTools/fixtureKbSources';
import { FIXTURE_PAIRS_JSONL } from '../../core/kbTools/ingest/fixturePairs';
import { parseUserKb } from '../../core/kbTools/ingest/parseUserKb';
import { PlaygroundError } from '../../core/errors';
import { ingestPairsFile } from './ingestPairsFile';

const hash = (t: string): string => createHash('sha256').update(t).digest('hex');

describe('ingestPairsFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scg-ingest-'));
  const kbDir = join(dir, 'kb');
  mkdirSync(kbDir);
  writeFileSync(
    join(kbDir, 'knowledge.json'),
    canonicalJson(buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash })),
  );
  writeFileSync(join(dir, 'pairs.jsonl'), FIXTURE_PAIRS_JSONL);

  it('writes a loadable, distilled user KB with the scripted engine', async () => {
    const engine = new ScriptedEngine({
      rules: [
        {
          reply:
            'CAUSE: Untrusted text reached a sink.\nGUIDELINES:\n- Keep untrusted text out of commands and queries.',
        },
      ],
    });
    const log: string[] = [];
    const summary = await ingestPairsFile({
      file: join(dir, 'pairs.jsonl'),
      outDir: join(dir, 'out'),
      name: 'fx',
      engine,
      kbDir,
      log: (l) => log.push(l),
    });
    expect(summary).toMatchObject({
      pairs: 4,
      sliced: 4,
      problems: 2,
      cwes: 3,
      guidelines: 3,
      examples: 4,
      distillation: 'done',
      modelCalls: 3,
    });
    const kb = parseUserKb(readFileSync(summary.file, 'utf8'));
    expect(kb.cwes.find((c) => c.id === 'CWE-78')!.name).toBe('OS Command Injection');
    if (kb.distillation.status !== 'done') throw new Error('expected a distillation');
    expect(
      kb.distillation.calls.every((c) => c.prompt.includes('Weakness: CWE-') && c.reply.includes('GUIDELINES')),
    ).toBe(true);
    expect(log.some((l) => l.startsWith('line 7'))).toBe(true);
  });

  it('skips distillation with a clear message when no engine is configured', async () => {
    const log: string[] = [];
    const summary = await ingestPairsFile({
      file: join(dir, 'pairs.jsonl'),
      outDir: join(dir, 'plain'),
      name: 'fx',
      engine: null,
      kbDir,
      log: (l) => log.push(l),
    });
    expect(summary).toMatchObject({ distillation: 'skipped', guidelines: 0, modelCalls: 0 });
    expect(log.join('\n')).toMatch(/distillation skipped: no engine is configured/);
    expect(parseUserKb(readFileSync(summary.file, 'utf8')).distillation).toEqual({
      status: 'skipped',
      reason: 'no engine was configured',
    });
  });

  it('refuses a file with no valid pairs, naming the file and the first problems, and writes nothing', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, 'not json\n{"cwe":"CWE-78"}\n');
    const out = join(dir, 'none');
    const error = await ingestPairsFile({
      file: bad,
      outDir: out,
      name: 'bad',
      engine: null,
      kbDir,
      log: () => {},
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlaygroundError);
    const { code, message, detail } = error as PlaygroundError;
    expect(code).toBe('BAD_INPUT');
    expect(message).toContain(`${bad} has no valid pairs (2 bad lines)`);
    expect(detail).toMatch(/^line 1: .+\nline 2: /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an empty file', async () => {
    writeFileSync(join(dir, 'empty.jsonl'), '');
    await expect(
      ingestPairsFile({
        file: join(dir, 'empty.jsonl'),
        outDir: join(dir, 'e'),
        name: 'e',
        engine: null,
        kbDir,
        log: () => {},
      }),
    ).rejects.toThrow(/has no valid pairs \(0 bad lines\)/);
  });
});

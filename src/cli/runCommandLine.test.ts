import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commandRegistry';
import { runCommandLine } from './runCommandLine';
import type { Command } from './Command';

/** Runs the command line in-process, capturing what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCommandLine(COMMANDS, argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const words = (c: Command): string[] => c.name.split(' ');

describe('command line: help', () => {
  it.each(['', 'help', '--help', '-h'])('"%s" lists every command on stdout, exit 0', async (word) => {
    const r = await cli(...(word ? [word] : []));
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.out).toContain(`  ${c.name} `);
    expect(r.err).toBe('');
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help and -h print every option, exit 0', async (_, c) => {
    for (const flag of ['--help', '-h']) {
      const r = await cli(...words(c), flag);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`usage: npm run -s cli -- ${c.name}`);
      for (const o of c.options) expect(r.out).toMatch(new RegExp(`\\n  --${o.name}[ \\n]`));
      expect(r.out).toContain('-h, --help');
    }
    expect((await cli('help', ...words(c))).out).toBe((await cli(...words(c), '--help')).out);
  });

  it('an unknown command is exit 2 with a suggestion; a command group names its members', async () => {
    const typo = await cli('retreive', '--jsonl', '-');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("error: unknown command 'retreive' (did you mean 'retrieve'?)");
    const group = await cli('kb', 'stat');
    expect(group.code).toBe(2);
    expect(group.err).toContain('use one of: kb build, kb stats, kb ingest');
  });
});

describe('command line: strict options, exit 2 with the usage', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: an unknown option is named', async (_, c) => {
    const r = await cli(...words(c), '--no-such-flag', '1');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: unknown option --no-such-flag for '${c.name}'`);
    expect(r.err).toContain(`usage: npm run -s cli -- ${c.name}`);
    expect(r.out).toBe('');
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s: a value option given last has a missing value',
    async (_, c) => {
      const option = c.options.find((o) => o.type !== 'boolean' && !o.optionalValue)!;
      const r = await cli(...words(c), `--${option.name}`);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: option --${option.name} for '${c.name}' needs a value`);
    },
  );

  const numeric = COMMANDS.flatMap((c) =>
    c.options.filter((o) => o.type === 'integer' || o.type === 'number').map((o) => [c.name, o.name, c] as const),
  );
  it.each(numeric)('%s --%s: a bad number is named', async (_, name, c) => {
    for (const bad of ['abc', '1.5x', '']) {
      const r = await cli(...words(c), `--${name}=${bad}`);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`error: option --${name} for '${c.name}' must be (an integer|a number)`));
    }
  });

  it.each(COMMANDS.filter((c) => !c.positional).map((c) => [c.name, c] as const))(
    '%s: a word where none is allowed is named',
    async (_, c) => {
      const r = await cli(...words(c), 'stray');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: unexpected argument 'stray' for '${c.name}'`);
    },
  );

  it('names the issue cases: a typo gets a suggestion, a word after a boolean is not its value', async () => {
    const typo = await cli('eval', '--temprature', '0.5');
    expect(typo.err).toContain("error: unknown option --temprature for 'eval' (did you mean --temperature?)");
    const word = await cli('kb', 'stats', '--json', 'yes');
    expect(word.code).toBe(2);
    expect(word.err).toContain("unexpected argument 'yes' for 'kb stats' (--json takes no value)");
    const inline = await cli('kb', 'stats', '--json=yes');
    expect(inline.err).toContain("option --json for 'kb stats' takes no value");
    const twoFiles = await cli('analyze', 'a.jsonl', 'b.jsonl');
    expect(twoFiles.err).toContain("unexpected argument 'b.jsonl' for 'analyze'");
  });

  it('checks ranges and choices of eval, and says what is not supported yet', async () => {
    const cases: [string[], string][] = [
      [['--temperature', '2.5'], "option --temperature for 'eval' must be a number in 0..2, got 2.5"],
      [['--seed', '1.5'], 'option --seed for \'eval\' must be an integer, got "1.5"'],
      [['--samples', '0'], "option --samples for 'eval' must be an integer in 1..1000, got 0"],
      [['--samples', '1001'], "option --samples for 'eval' must be an integer in 1..1000, got 1001"],
      [['--concurrency', '65'], "option --concurrency for 'eval' must be an integer in 1..64, got 65"],
      [['--concurrency', '0'], "option --concurrency for 'eval' must be an integer in 1..64, got 0"],
      [['--engine', 'ollama'], 'option --engine for \'eval\' must be one of openai, reference, got "ollama"'],
      [['--config', 'baseline,rescu'], 'names unknown configuration "rescu"'],
      [['--limit', '-3'], "option --limit for 'eval' needs a value"],
    ];
    for (const [argv, message] of cases) {
      const r = await cli('eval', ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain(message);
    }
    expect((await cli('analyze', '--format', 'xml')).err).toContain(
      'option --format for \'analyze\' must be one of jsonl, sarif, got "xml"',
    );
    expect((await cli('retrieve', '--prompt', 'x', '--language', 'cobol')).err).toContain(
      "option --language for 'retrieve' must be one of python,",
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Command } from './Command';
import { parseCommandArgs, UsageError, wantsHelp } from './parseCommandArgs';
import { suggestName } from './suggestName';

const command: Command = {
  name: 'demo',
  summary: 'a command to parse for',
  options: [
    { name: 'out', type: 'string', value: 'FILE', description: 'output' },
    { name: 'count', type: 'integer', min: 1, default: '3', description: 'how many' },
    { name: 'ratio', type: 'number', min: 0, max: 1, description: 'a share' },
    { name: 'json', type: 'boolean', description: 'as JSON' },
    { name: 'resume', type: 'string', optionalValue: true, description: 'continue' },
    { name: 'mode', type: 'string', choices: ['a', 'b'], description: 'a choice' },
  ],
  positional: { name: 'FILE', description: 'input' },
  run: () => Promise.resolve(0),
};

const parse = (...argv: string[]) => parseCommandArgs(command, argv);
const problem = (...argv: string[]): string => {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('parseCommandArgs', () => {
  it('returns the values as text, booleans as "true", and the declared defaults', () => {
    expect(parse('in.jsonl', '--out', 'o.json', '--json', '--ratio=0.25', '--mode', 'b')).toEqual({
      positional: ['in.jsonl'],
      flags: { out: 'o.json', count: '3', ratio: '0.25', json: 'true', mode: 'b' },
    });
    expect(parse('--count', '7').flags.count).toBe('7');
  });

  it('takes "-" as a value and a word after -- as a positional', () => {
    expect(parse('--out', '-').flags.out).toBe('-');
    expect(parse('--', '--json').positional).toEqual(['--json']);
    expect(parse('--out=-x').flags.out).toBe('-x');
  });

  it('gives a bare optional-value option the empty string, and its value otherwise', () => {
    expect(parse('--resume').flags.resume).toBe('');
    expect(parse('--resume', '--json').flags).toMatchObject({ resume: '', json: 'true' });
    expect(parse('--resume', 'r.json').flags.resume).toBe('r.json');
  });

  it('names each mistake', () => {
    expect(problem('--jsn')).toBe("unknown option --jsn for 'demo' (did you mean --json?)");
    expect(problem('-x')).toBe("unknown option -x for 'demo'");
    expect(problem('--out')).toMatch(/^option --out for 'demo' needs a value \(--out FILE;/);
    expect(problem('--out', '--json')).toMatch(/^option --out for 'demo' needs a value/);
    expect(problem('--count', 'two')).toBe('option --count for \'demo\' must be an integer ≥ 1, got "two"');
    expect(problem('--count=0')).toBe("option --count for 'demo' must be an integer ≥ 1, got 0");
    expect(problem('--ratio', '1.5')).toBe("option --ratio for 'demo' must be a number in 0..1, got 1.5");
    expect(problem('--ratio', 'Infinity')).toMatch(/must be a number in 0\.\.1, got "Infinity"/);
    expect(problem('--mode', 'c')).toBe('option --mode for \'demo\' must be one of a, b, got "c"');
    expect(problem('--json=1')).toBe("option --json for 'demo' takes no value");
    expect(problem('a', '--json', 'b')).toBe("unexpected argument 'b' for 'demo' (--json takes no value)");
  });

  it('sees -h and --help before a -- terminator only', () => {
    expect(wantsHelp(['--out', 'x', '-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });
});

describe('suggestName', () => {
  it('suggests a close name and nothing for a distant one', () => {
    expect(suggestName('temprature', ['temperature', 'seed'])).toBe('temperature');
    expect(suggestName('smaples', ['samples', 'seed'])).toBe('samples');
    expect(suggestName('colour', ['seed', 'out'])).toBeUndefined();
  });
});

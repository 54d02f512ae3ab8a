// Strict argument parsing for one command with Node's util.parseArgs, from the command's declared options:
// an unknown option, a missing value, a bad value or an unexpected word is a UsageError naming it.
import { parseArgs } from 'node:util';
import type { Command, ParsedArgs } from './Command';
import { optionValueProblem, valuePlaceholder, type CommandOption } from './CommandOption';
import { suggestName } from './suggestName';

/** A mistake on the command line: the CLI prints it with the command's usage and exits 2. */
export class UsageError extends Error {}

type ParseOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export function parseOptionsOf(command: Pick<Command, 'options'>): ParseOptions {
  const config: ParseOptions = { help: { type: 'boolean', short: 'h' } };
  for (const o of command.options) config[o.name] = { type: o.type === 'boolean' ? 'boolean' : 'string' };
  return config;
}

/** True when -h or --help comes before any `--` terminator: help wins over every other mistake. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const declared = new Map(command.options.map((o) => [o.name, o]));
  const args = bareOptionalValues(argv, command.options);
  const options = parseOptionsOf(command);
  const where = `for '${command.name}'`;
  // A lenient pass with tokens first, to name the exact option or word in the message.
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  let positionals = 0;
  let previous: CommandOption | undefined;
  for (const token of tokens) {
    if (token.kind === 'option') {
      const option = declared.get(token.name);
      previous = option;
      if (!option) {
        if (token.name === 'help') continue;
        const hint = suggestName(token.name, [...declared.keys()]);
        throw new UsageError(`unknown option ${token.rawName} ${where}${hint ? ` (did you mean --${hint}?)` : ''}`);
      }
      const flag = `--${option.name}`;
      if (option.type === 'boolean' && token.inlineValue)
        throw new UsageError(`option ${flag} ${where} takes no value`);
      const value = token.value;
      if (option.type !== 'boolean' && (value === undefined || (!token.inlineValue && /^-./.test(value)))) {
        throw new UsageError(
          `option ${flag} ${where} needs a value (${flag} ${valuePlaceholder(option)}; write ${flag}=-X for a value starting with -)`,
        );
      }
      const problem = value === undefined ? undefined : optionValueProblem(option, value);
      if (problem) throw new UsageError(`option ${flag} ${where} ${problem}`);
    } else if (token.kind === 'positional') {
      positionals += 1;
      if (!command.positional || positionals > 1) {
        const after = previous?.type === 'boolean' ? ` (--${previous.name} takes no value)` : '';
        throw new UsageError(`unexpected argument '${token.value}' ${where}${after}`);
      }
    }
    if (token.kind !== 'option') previous = undefined;
  }
  // The strict pass is the arbiter: anything the lenient pass let through still fails here.
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: Boolean(command.positional) });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} ${where}`);
  }
  const flags: Record<string, string> = {};
  for (const o of command.options) {
    const value = parsed.values[o.name];
    if (value !== undefined) flags[o.name] = value === true ? 'true' : String(value);
    else if (o.default !== undefined) flags[o.name] = o.default;
  }
  return { positional: [...parsed.positionals], flags };
}

/** `--resume` with nothing after it (or another option next) becomes `--resume=` for options that allow it. */
function bareOptionalValues(argv: readonly string[], options: readonly CommandOption[]): string[] {
  const optional = new Set(options.filter((o) => o.optionalValue).map((o) => `--${o.name}`));
  return argv.map((arg, i) => {
    const next = argv[i + 1];
    return optional.has(arg) && (next === undefined || /^-./.test(next)) ? `${arg}=` : arg;
  });
}

// The usage line and the --help text of a command, derived from its declared options so they cannot drift
// from what the parser accepts.
import type { Command } from './Command';
import { rangeText, valuePlaceholder, type CommandOption } from './CommandOption';

export const CLI_PREFIX = 'npm run -s cli --';

/** One line (wrapped at 110 columns): `usage: npm run -s cli -- slice [FILE|-] [--jsonl FILE|-] [--hops N]`. */
export function commandUsage(command: Command): string {
  const words = [
    ...(command.positional ? [`[${command.positional.name}]`] : []),
    ...command.options.map((o) => `[--${o.name}${o.type === 'boolean' ? '' : ` ${valuePlaceholder(o)}`}]`),
  ];
  const lines: string[] = [];
  let line = `usage: ${CLI_PREFIX} ${command.name}`;
  for (const word of words) {
    if (line.length + word.length + 1 > 110) {
      lines.push(line);
      line = ' '.repeat(8);
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

function optionDetails(option: CommandOption): string {
  const notes: string[] = [];
  if (option.type === 'integer' || option.type === 'number') {
    const range = rangeText(option).trim();
    notes.push(`${option.type}${range ? ` ${range}` : ''}`);
  }
  if (option.choices && option.value) notes.push(`one of ${option.choices.join(', ')}`);
  const shown = option.default ?? option.defaultNote;
  if (shown !== undefined) notes.push(`default ${shown}`);
  return notes.length ? ` (${notes.join(', ')})` : '';
}

/** The full help: usage, summary, the positional word, then one line per option. */
export function commandHelp(command: Command): string {
  const rows: [string, string][] = [];
  if (command.positional) rows.push([command.positional.name, command.positional.description]);
  for (const o of command.options) {
    const head = `--${o.name}${o.type === 'boolean' ? '' : ` ${valuePlaceholder(o)}`}`;
    rows.push([head, `${o.description}${optionDetails(o)}`]);
  }
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([head]) => head.length)) + 2;
  return [
    commandUsage(command),
    '',
    command.summary,
    '',
    'options:',
    ...rows.map(([head, text]) => `  ${head.padEnd(width)}${text}`),
    '',
  ].join('\n');
}

/** The list of commands printed by `help`, by no command, and after an unknown one. */
export function commandList(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `usage: ${CLI_PREFIX} <command> [options]   (${CLI_PREFIX} <command> --help for its options)`,
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}this list (help COMMAND: that command's help)`,
    '',
  ].join('\n');
}

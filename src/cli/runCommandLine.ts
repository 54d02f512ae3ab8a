// The command line as a function: finds the command (one or two words), parses its options strictly,
// prints help or a usage error (exit 2), and runs it. main.ts calls it with process.argv.
import type { Command } from './Command';
import { commandHelp, commandList, commandUsage } from './commandHelp';
import { parseCommandArgs, UsageError, wantsHelp } from './parseCommandArgs';
import { INPUT_FILE_EXIT, InputFileError } from './readInputFile';
import { suggestName } from './suggestName';

export interface CommandLineOutput {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_OUTPUT: CommandLineOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function findCommand(commands: readonly Command[], words: readonly string[]): Command | undefined {
  const [first, second] = words;
  return commands.find((c) => c.name === `${first} ${second}`) ?? commands.find((c) => c.name === first);
}

export async function runCommandLine(
  commands: readonly Command[],
  argv: readonly string[],
  io: CommandLineOutput = PROCESS_OUTPUT,
): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const topic = first === 'help' ? findCommand(commands, argv.slice(1)) : undefined;
    io.out(topic ? commandHelp(topic) : commandList(commands));
    return 0;
  }
  const command = findCommand(commands, argv);
  if (!command) {
    const group = commands.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name);
    if (group.length > 0) {
      io.err(`error: '${argv.slice(0, 2).join(' ')}' is not a command; use one of: ${group.join(', ')}\n`);
      io.err(commandList(commands));
      return 2;
    }
    const typed = argv.slice(0, 2).filter((w) => !w.startsWith('-'));
    const hint =
      suggestName(
        typed.join(' '),
        commands.map((c) => c.name),
      ) ??
      suggestName(
        first,
        commands.map((c) => c.name),
      );
    io.err(`error: unknown command '${typed.join(' ') || first}'${hint ? ` (did you mean '${hint}'?)` : ''}\n`);
    io.err(commandList(commands));
    return 2;
  }
  const rest = argv.slice(command.name.split(' ').length);
  if (wantsHelp(rest)) {
    io.out(commandHelp(command));
    return 0;
  }
  let args;
  try {
    args = parseCommandArgs(command, rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n${commandUsage(command)}\n(${command.name} --help lists every option)\n`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    // A bad path is a usage mistake: one line and exit 2, whichever command met it.
    if (!(error instanceof InputFileError)) throw error;
    io.err(`${command.name}: ${error.message}\n`);
    return INPUT_FILE_EXIT;
  }
}

// Entry of the command line: finds the command (one or two words) and runs it.
import { COMMANDS } from './commandRegistry';
import { parseArgs } from './parseArgs';
import { INPUT_FILE_EXIT, InputFileError } from './readInputFile';

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [first, second] = args.positional;
  const command = COMMANDS.find((c) => c.name === `${first} ${second}`) ?? COMMANDS.find((c) => c.name === first);
  if (!command) {
    process.stderr.write(`usage: npm run -s cli -- <command> [options]\n\ncommands:\n`);
    for (const c of COMMANDS) process.stderr.write(`  ${c.name.padEnd(12)} ${c.summary}\n`);
    return first ? 2 : 0;
  }
  const used = command.name.split(' ').length;
  try {
    return await command.run({ positional: args.positional.slice(used), flags: args.flags });
  } catch (error) {
    // A bad path is a usage mistake: one line and exit 2, whichever command met it.
    if (!(error instanceof InputFileError)) throw error;
    process.stderr.write(`${command.name}: ${error.message}\n`);
    return INPUT_FILE_EXIT;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

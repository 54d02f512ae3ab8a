// Entry of the command line: runs `npm run -s cli -- <command> [options]` and sets the exit code.
import { COMMANDS } from './commandRegistry';
import { runCommandLine } from './runCommandLine';

runCommandLine(COMMANDS, process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

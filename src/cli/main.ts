// Entry of the command line: runs `npm run -s cli -- <command> [options]` and sets the exit code.
// Exit codes: 0 done (and --help), 1 the command failed, 2 a usage mistake (an unknown option, a
// missing or bad value, a stray word, an unreadable path; see runCommandLine.ts), 130 interrupted.
import { COMMANDS } from './commandRegistry';
import { runCommandLine } from './runCommandLine';

runCommandLine(COMMANDS, process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure inside a command: its message, not a stack, and exit 1.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

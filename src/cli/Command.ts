// A command-line command: a name, a one-line summary, its declared options, and a run function over parsed arguments.
import type { CommandOption } from './CommandOption';

export interface ParsedArgs {
  /** Positional words after the command name. */
  positional: string[];
  /** --option values as text (checked against the declaration); a boolean option given is "true". */
  flags: Record<string, string>;
}

export interface CommandPositional {
  /** Placeholder in usage lines, e.g. FILE|-. */
  name: string;
  description: string;
}

export interface Command {
  /** One or two words, e.g. "retrieve" or "kb build". */
  name: string;
  summary: string;
  /** Every option the command accepts (--help is added for all); anything else is a usage error. */
  options: readonly CommandOption[];
  /** The one positional word the command takes, if any; more than one is a usage error. */
  positional?: CommandPositional;
  run(args: ParsedArgs): Promise<number>;
}

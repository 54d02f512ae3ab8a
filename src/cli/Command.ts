// A command-line command: a name, a one-line summary, and a run function over parsed arguments.
export interface ParsedArgs {
  /** Positional words after the command name. */
  positional: string[];
  /** --flag value pairs; a bare --flag is "true". */
  flags: Record<string, string>;
}

export interface Command {
  /** One or two words, e.g. "retrieve" or "kb build". */
  name: string;
  summary: string;
  run(args: ParsedArgs): Promise<number>;
}

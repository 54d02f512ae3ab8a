// docs/cli.md against the declared options: its --help blocks are what the commands print, and every
// --flag it shows for a command is one that command accepts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commandRegistry';
import { commandHelp } from './commandHelp';
import { parseCommandArgs } from './parseCommandArgs';
import type { Command } from './Command';
import type { CommandOption } from './CommandOption';

const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
const byLength = [...COMMANDS].sort((a, b) => b.name.length - a.name.length);
const FLAG = /(?<![\w-])--([a-z][a-z0-9-]*)/g;

/** The command a text starts with (after an optional `npm run -s cli --`), longest name first. */
function commandAt(text: string): Command | undefined {
  const rest = text.replace(/^.*?npm run -s cli -- /, '').trimStart();
  return byLength.find((c) => rest === c.name || rest.startsWith(`${c.name} `));
}

/** [command, flag] for every flag shown in a section headed by a command, or in a snippet starting with one. */
function flagsInDocs(): [string, string][] {
  const found: [string, string][] = [];
  for (const section of docs.split(/\n(?=#{2,3} )/)) {
    const heading = /^#{2,3} .*?`([^`]+)`/.exec(section);
    const owner = heading ? commandAt(heading[1]!) : undefined;
    const snippets = [...section.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
    snippets.push(...section.split('\n').filter((line) => line.includes('npm run -s cli -- ')));
    for (const text of owner ? [section] : snippets) {
      const command = owner ?? commandAt(text);
      if (command) for (const m of text.matchAll(FLAG)) found.push([command.name, m[1]!]);
    }
  }
  return found;
}

/** A value that passes the option's checks, to show the parser takes the documented flag. */
function sampleArgs(option: CommandOption): string[] {
  if (option.type === 'boolean') return [`--${option.name}`];
  const value = option.default ?? option.choices?.[0] ?? (option.type === 'string' ? 'x' : String(option.min ?? 1));
  return [`--${option.name}=${value}`];
}

describe('docs/cli.md', () => {
  it('shows the --help output of every command, exactly as printed', () => {
    for (const command of COMMANDS) {
      const block = new RegExp(`### \`${command.name}\`\\n\\n\`\`\`text\\n([\\s\\S]*?)\`\`\``).exec(docs);
      expect(block, `no --help block for ${command.name}`).not.toBeNull();
      expect(block![1]).toBe(commandHelp(command));
    }
  });

  it('mentions only flags their command accepts, and the parser takes each of them', () => {
    const found = flagsInDocs();
    expect(found.length).toBeGreaterThan(60);
    for (const name of ['eval', 'retrieve', 'slice', 'kb build', 'kb stats', 'advise', 'analyze']) {
      expect(
        found.some(([c]) => c === name),
        `${name} has flags in docs/cli.md`,
      ).toBe(true);
    }
    for (const [name, flag] of found) {
      if (flag === 'help') continue;
      const command = COMMANDS.find((c) => c.name === name)!;
      const option = command.options.find((o) => o.name === flag);
      expect(option, `${name} --${flag} is in docs/cli.md but not declared`).toBeDefined();
      expect(() => parseCommandArgs(command, sampleArgs(option!))).not.toThrow();
    }
    const evalFlags = new Set(found.filter(([c]) => c === 'eval').map(([, f]) => f));
    for (const f of ['samples', 'temperature', 'seed', 'concurrency', 'resume', 'suite', 'model', 'base-url']) {
      expect(evalFlags.has(f), `eval --${f}`).toBe(true);
    }
  });
});

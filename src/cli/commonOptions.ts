// Options several commands share, declared once so their names, types and help read the same everywhere.
import type { CommandOption } from './CommandOption';
import { DEFAULT_TIMEOUT_MS } from '../adapters/openai/OpenAiEngine';

/** The knowledge base a command reads (see commands/openKnowledgeBase.ts). */
export const KB_OPTIONS: readonly CommandOption[] = [
  {
    name: 'kb',
    type: 'string',
    value: 'DIR',
    defaultNote: 'kb',
    description: 'knowledge base sources; public/kb is used while built from them, else they are built in memory',
  },
  {
    name: 'kb-dir',
    type: 'string',
    value: 'DIR',
    defaultNote: 'public/kb',
    description: 'load the built knowledge base from DIR as it is, without checking it against kb/',
  },
];

/** JSON Lines input of the retrieve/analyze/slice/advise contract. */
export const JSONL_OPTION: CommandOption = {
  name: 'jsonl',
  type: 'string',
  value: 'FILE|-',
  description: 'JSON Lines input, one task per line; - reads stdin',
};

/** The positional form of the JSON Lines input (`analyze FILE` is `analyze --jsonl FILE`). */
export const JSONL_POSITIONAL = { name: 'FILE|-', description: 'the same as --jsonl FILE' };

/** An OpenAI-compatible server (see commands/evalEngines.ts); `engine` says whether one is used at all. */
export function engineOptions(engineDescription: string, engineDefault?: string): CommandOption[] {
  return [
    {
      name: 'engine',
      type: 'string',
      choices: ['openai', 'reference'],
      ...(engineDefault ? { default: engineDefault } : {}),
      description: engineDescription,
    },
    {
      name: 'base-url',
      type: 'string',
      value: 'URL',
      defaultNote: '$OPENAI_BASE_URL',
      description: 'server URL, e.g. http://127.0.0.1:8080/v1',
    },
    {
      name: 'model',
      type: 'string',
      value: 'NAME[,NAME]',
      description: 'model name; eval compares a comma-separated list',
    },
    { name: 'api-key', type: 'string', value: 'KEY', defaultNote: '$OPENAI_API_KEY', description: 'API key' },
    {
      name: 'timeout-ms',
      type: 'integer',
      min: 1,
      defaultNote: String(DEFAULT_TIMEOUT_MS),
      description: 'fail a request with no complete answer after this many ms',
    },
  ];
}

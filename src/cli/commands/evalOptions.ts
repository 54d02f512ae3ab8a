// The options of `eval`, declared once for its parser and its --help (docs/cli.md "eval" is the contract).
import type { CommandOption } from '../CommandOption';
import { engineOptions, KB_OPTIONS } from '../commonOptions';
import { DEFAULT_EVAL_CONFIG_IDS, EVAL_CONFIGS } from '../../core/evaluation/EvalConfig';
import { DEFAULT_RETRIES } from '../../adapters/openai/retryDelay';
import { DEFAULT_TEST_TIMEOUT_MS } from '../../core/evaluation/functional/buildFunctionalProgram';

const CONFIG_IDS = EVAL_CONFIGS.map((c) => c.id);

function unknownConfig(list: string): string | undefined {
  const bad = list
    .split(',')
    .map((s) => s.trim())
    .filter((id) => id && !CONFIG_IDS.includes(id));
  return bad.length ? `names unknown configuration "${bad[0]}" (use ${CONFIG_IDS.join(', ')})` : undefined;
}

export const EVAL_OPTIONS: readonly CommandOption[] = [
  {
    name: 'suite',
    type: 'string',
    value: 'FILE|-',
    defaultNote: 'gallery, the built-in tasks',
    description: 'tasks as JSON Lines, - reads stdin',
  },
  ...engineOptions('openai: an OpenAI-compatible server; reference: check the suite reference solutions', 'openai'),
  {
    name: 'config',
    type: 'string',
    value: 'ID[,ID]',
    default: DEFAULT_EVAL_CONFIG_IDS.join(','),
    description: `configurations to compare: ${CONFIG_IDS.join(', ')}`,
    validate: unknownConfig,
  },
  { name: 'out', type: 'string', value: 'REPORT.json', defaultNote: 'stdout', description: 'write the report here' },
  { name: 'csv', type: 'string', value: 'RUNS.csv', description: 'also write one CSV row per run' },
  { name: 'summary-csv', type: 'string', value: 'SUMMARY.csv', description: 'also write the summary as CSV' },
  {
    name: 'resume',
    type: 'string',
    value: 'REPORT.json',
    optionalValue: true,
    description: 'keep the error-free runs of an earlier report or runs log; bare --resume continues --out',
  },
  { name: 'tasks', type: 'string', value: 'ID[,ID]', description: 'run only these task ids' },
  { name: 'limit', type: 'integer', min: 1, description: 'run only the first N tasks' },
  { name: 'no-tests', type: 'boolean', description: 'do not run functional tests (passed is null)' },
  {
    name: 'test-timeout-ms',
    type: 'integer',
    min: 1,
    defaultNote: String(DEFAULT_TEST_TIMEOUT_MS),
    description: 'time limit of one functional test run in ms',
  },
  {
    name: 'samples',
    type: 'integer',
    value: 'K',
    min: 1,
    default: '1',
    max: 1000,
    description: 'runs per task and configuration; sample i sends seed S + i; secureAtK uses k = K',
  },
  {
    name: 'temperature',
    type: 'number',
    value: 'T',
    min: 0,
    max: 2,
    default: '0',
    description: 'sampling temperature of every request',
  },
  {
    name: 'seed',
    type: 'integer',
    value: 'S',
    defaultNote: 'none',
    description: 'sampling seed sent with every request',
  },
  {
    name: 'concurrency',
    type: 'integer',
    min: 1,
    max: 64,
    default: '1',
    description: 'runs in flight at once; the report keeps (task, sample) order',
  },
  {
    name: 'retries',
    type: 'integer',
    min: 0,
    max: 20,
    default: String(DEFAULT_RETRIES),
    description:
      'retries of a request after 429, 5xx or a dropped connection (backoff honours Retry-After, at most 30 s)',
  },
  { name: 'no-logprobs', type: 'boolean', description: 'never ask the server for token log-probabilities' },
  {
    name: 'traces',
    type: 'string',
    value: 'DIR',
    description: "write each run's trace as DIR/<model>/<config>/<taskId>-<sample>.json.gz",
  },
  ...KB_OPTIONS,
  {
    name: 'code-dir',
    type: 'string',
    value: 'DIR',
    description: "also write each run's final code to DIR/<config>/<task>/<sample>.<ext> for external scanners",
  },
];

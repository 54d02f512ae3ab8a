// The engines `eval` compares, from its flags: --engine openai with --base-url and --model (a
// comma-separated list compares several models on one server), or --engine reference (no model:
// the suite's reference solutions are checked, a sanity run of the tests and the analyser).
import type { ParsedArgs } from '../Command';
import type { LlmEngine } from '../../core/generation/LlmEngine';
import { PlaygroundError } from '../../core/errors';
import { OpenAiEngine } from '../../adapters/openai/OpenAiEngine';

export function evalEngines(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): LlmEngine[] {
  const kind = args.flags.engine ?? 'openai';
  if (kind === 'reference') return [];
  if (kind !== 'openai') {
    throw new PlaygroundError('BAD_INPUT', {
      message: `unknown engine "${kind}"`,
      hint: 'Use --engine openai (any OpenAI-compatible server) or --engine reference.',
    });
  }
  const baseUrl = args.flags['base-url'] ?? env.OPENAI_BASE_URL;
  const models = (args.flags.model ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  if (!baseUrl || models.length === 0) {
    throw new PlaygroundError('BAD_INPUT', {
      message: '--engine openai needs --base-url URL and --model NAME',
      hint: 'e.g. --base-url http://127.0.0.1:8080/v1 --model qwen2.5-coder-1.5b',
    });
  }
  const apiKey = args.flags['api-key'] ?? env.OPENAI_API_KEY;
  const timeoutMs = args.flags['timeout-ms'] ? Number(args.flags['timeout-ms']) : undefined;
  return models.map((model) => {
    const options: ConstructorParameters<typeof OpenAiEngine>[0] = { baseUrl, model };
    if (apiKey) options.apiKey = apiKey;
    if (timeoutMs && timeoutMs > 0) options.timeoutMs = timeoutMs;
    if (args.flags.retries !== undefined) options.retries = Number(args.flags.retries);
    if (args.flags['no-logprobs']) options.noLogprobs = true;
    return new OpenAiEngine(options);
  });
}

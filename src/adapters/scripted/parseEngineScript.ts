// Validates a scripted-engine script handed in from outside (an e2e test's init script).
import { z } from 'zod';
import type { EngineScript } from './ScriptedEngine';
import { PlaygroundError } from '../../core/errors';

const scriptSchema = z.strictObject({
  rules: z.array(z.strictObject({ match: z.string().optional(), reply: z.string() })),
  tokenDelayMs: z.number().min(0).max(1000).optional(),
  label: z.string().optional(),
});

/** No script: the engine fails every request (ENGINE_NO_SCRIPT) rather than answering something that looks real. */
const MISSING: EngineScript = { rules: [], missing: true, label: 'Scripted test engine (no script given)' };

export function parseEngineScript(value: unknown): EngineScript {
  if (value === undefined) return MISSING;
  const parsed = scriptSchema.safeParse(value);
  if (!parsed.success)
    throw new PlaygroundError('BAD_INPUT', { message: `Invalid engine script: ${z.prettifyError(parsed.error)}` });
  return parsed.data;
}

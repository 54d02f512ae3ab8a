// Named evaluation configurations: which pipeline switches each side-by-side column turns on.
import type { RunConfig } from '../trace';
import { PlaygroundError } from '../errors';

/** The pipeline switches a configuration sets; the rest come from DEFAULT_RUN_CONFIG. */
export type EvalRunConfig = Partial<RunConfig>;

export interface EvalConfig {
  /** Stable id used in reports, CSV columns and the command line (`--config baseline,rescue`). */
  id: string;
  label: string;
  /** Whether retrieved knowledge goes into the prompt; retrieval hit rate is null without it. */
  usesKnowledge: boolean;
  run: EvalRunConfig;
}

export const EVAL_CONFIGS: readonly EvalConfig[] = [
  {
    id: 'baseline',
    label: 'Baseline (no knowledge)',
    usesKnowledge: false,
    run: { useKnowledge: false, revise: false, critiqueRounds: 0 },
  },
  {
    id: 'rescue',
    label: 'Retrieval (RESCUE-style)',
    usesKnowledge: true,
    run: { useKnowledge: true, revise: false, critiqueRounds: 0 },
  },
  {
    id: 'rescue+revise',
    label: 'Retrieval + revision',
    usesKnowledge: true,
    run: { useKnowledge: true, revise: true, critiqueRounds: 0 },
  },
  {
    id: 'critique',
    label: 'Retrieval + revision + critique loop',
    usesKnowledge: true,
    // Two rounds: one to critique the revision, one to check the answer to that critique.
    run: { useKnowledge: true, revise: true, critiqueRounds: 2 },
  },
];

export const DEFAULT_EVAL_CONFIG_IDS: readonly string[] = ['baseline', 'rescue', 'rescue+revise'];

export function evalConfig(id: string): EvalConfig {
  const found = EVAL_CONFIGS.find((c) => c.id === id);
  if (!found) {
    throw new PlaygroundError('BAD_INPUT', {
      message: `unknown configuration "${id}"`,
      hint: `Use one or more of: ${EVAL_CONFIGS.map((c) => c.id).join(', ')}.`,
    });
  }
  return found;
}

/** Parses "baseline,rescue" (comma-separated, order kept, duplicates dropped). */
export function parseConfigList(text: string | undefined): EvalConfig[] {
  const ids = (text ?? DEFAULT_EVAL_CONFIG_IDS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(ids)].map(evalConfig);
}

// The input shapes `kb ingest --format pairs` accepts: vulnerability-fix pairs (SVEN/SafeCoder
// style) and labelled samples that share a `pair` value (the benchmark's dev-code shape).
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../task/Task';

const cweId = z
  .string()
  .trim()
  .regex(/^CWE-\d+$/i, 'expected an id like CWE-78')
  .transform((s) => s.toUpperCase());
const language = z.string().trim().toLowerCase().pipe(z.enum(LANGUAGES));
const code = z.string().refine((s) => s.trim().length > 0, 'expected non-empty code');

/** One vulnerable/fixed pair; `cwe` may be a list (the first is the pair's home, the rest related). */
export const pairLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  cwe: z.union([cweId, z.array(cweId).min(1)]),
  language,
  vulnerable: code,
  fixed: code,
  description: z.string().optional(),
});

/** One side of a pair, as in dev-code.jsonl: two lines with the same `pair` make one pair. */
export const sampleLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  pair: z.union([z.string(), z.number()]).transform(String),
  cwe: z.union([cweId, z.array(cweId).min(1)]),
  language,
  label: z.enum(['vulnerable', 'secure', 'fixed', 'safe']),
  code,
  description: z.string().optional(),
  source: z.string().optional(),
});

export interface FixPair {
  /** Where the pair came from (its id or pair value, else its line number). */
  origin: string;
  cwe: string;
  related: string[];
  language: Language;
  vulnerable: string;
  fixed: string;
  description?: string;
}

export interface InputProblem {
  /** 1-based line of the input file; 0 for problems about several lines. */
  line: number;
  message: string;
}

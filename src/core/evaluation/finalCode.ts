// The code a run ended with and its findings: the generated code, replaced by the revision's and
// then by any later stage's (the critique loop) `after` code when those stages succeeded.
import { z } from 'zod';
import type { RunTrace } from '../trace';
import type { Finding } from '../analysis/Finding';

export interface FinalCode {
  /** The first generated code and its findings (before revision). */
  firstCode: string;
  firstFindings: Finding[];
  code: string;
  findings: Finding[];
}

// Stages added after revision (critique) are read by shape rather than by name, so a new stage
// that ends with revised code and its re-analysis counts without touching this file.
const revisedShape = z.object({
  after: z.string(),
  findingsAfter: z.array(z.object({ cwe: z.string(), rule: z.string(), line: z.number() }).loose()),
});

export function finalCode(trace: Pick<RunTrace, 'stages'>): FinalCode | null {
  let state: FinalCode | null = null;
  let generated: string | null = null;
  for (const entry of trace.stages) {
    if (entry.status !== 'ok') continue;
    if (entry.stage === 'generation') generated = entry.output.code;
    else if (entry.stage === 'analysis' && generated !== null) {
      state = { firstCode: generated, firstFindings: entry.output.findings, code: generated, findings: entry.output.findings };
    } else if (state && entry.stage === 'revision') {
      if (entry.output.status !== 'skipped') state = withCode(state, entry.output.after, entry.output.findingsAfter);
    } else if (state) {
      const parsed = revisedShape.safeParse(entry.output);
      // The parsed findings are a loose view; keep the trace's own objects, which carry every field.
      if (parsed.success) state = withCode(state, parsed.data.after, findingsOf(entry.output));
    }
  }
  return state;
}

function withCode(state: FinalCode, code: string, findings: Finding[]): FinalCode {
  return { ...state, code, findings };
}

function findingsOf(output: unknown): Finding[] {
  if (typeof output !== 'object' || output === null || !('findingsAfter' in output)) return [];
  const list = output.findingsAfter;
  return Array.isArray(list) ? list.filter(isFinding) : [];
}

function isFinding(value: unknown): value is Finding {
  return typeof value === 'object' && value !== null && 'cwe' in value && 'rule' in value && 'line' in value;
}

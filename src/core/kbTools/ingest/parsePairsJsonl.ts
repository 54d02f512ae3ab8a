// Reads pairs JSON Lines into FixPairs: pair lines directly, sample lines joined by their `pair`
// value. Bad lines become problems with their line number; the rest still ingests.
import { z } from 'zod';
import { pairLineSchema, sampleLineSchema, type FixPair, type InputProblem } from './fixPairSchema';

interface Side {
  line: number;
  sample: z.infer<typeof sampleLineSchema>;
}

export function parsePairsJsonl(text: string): { pairs: FixPair[]; problems: InputProblem[] } {
  const pairs: FixPair[] = [];
  const problems: InputProblem[] = [];
  const sides = new Map<string, Side[]>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line, message: 'not valid JSON' });
      return;
    }
    const isSample = typeof value === 'object' && value !== null && 'pair' in value && 'label' in value;
    const parsed = isSample ? sampleLineSchema.safeParse(value) : pairLineSchema.safeParse(value);
    if (!parsed.success) {
      problems.push({ line, message: z.prettifyError(parsed.error).replace(/\n/g, ' ') });
      return;
    }
    if ('pair' in parsed.data) {
      const list = sides.get(parsed.data.pair) ?? [];
      list.push({ line, sample: parsed.data });
      sides.set(parsed.data.pair, list);
      return;
    }
    const p = parsed.data;
    pairs.push(toPair(p.id ?? `line ${line}`, p.cwe, p.language, p.vulnerable, p.fixed, p.description));
  });
  for (const [pair, list] of sides) {
    const vulnerable = list.find((s) => s.sample.label === 'vulnerable');
    const fixed = list.find((s) => s.sample.label !== 'vulnerable');
    if (!vulnerable || !fixed || list.length !== 2) {
      problems.push({
        line: list[0]!.line,
        message: `pair "${pair}" needs exactly one vulnerable and one secure sample (found ${list.length} line(s))`,
      });
      continue;
    }
    const s = vulnerable.sample;
    pairs.push(toPair(pair, s.cwe, s.language, s.code, fixed.sample.code, s.description ?? fixed.sample.description));
  }
  return { pairs, problems };
}

function toPair(
  origin: string,
  cwe: string | string[],
  language: FixPair['language'],
  vulnerable: string,
  fixed: string,
  description?: string,
): FixPair {
  const [home, ...related] = Array.isArray(cwe) ? cwe : [cwe];
  const pair: FixPair = {
    origin,
    cwe: home!,
    related: [...new Set(related)].filter((c) => c !== home),
    language,
    vulnerable,
    fixed,
  };
  if (description?.trim()) pair.description = description.trim();
  return pair;
}

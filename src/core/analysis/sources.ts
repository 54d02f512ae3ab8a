// Where untrusted data enters a program, per language (request parameters, argv, environment,
// reads): the tables are read from each LanguageSpec's `sources`.
import { LANGUAGE_SPECS } from '../languages/registry';
import type { Language } from '../task/Task';
import type { TaintSpec } from './Rule';

function table(pick: (spec: (typeof LANGUAGE_SPECS)[number]) => RegExp | null): Partial<Record<Language, RegExp>> {
  const out: Partial<Record<Language, RegExp>> = {};
  for (const spec of LANGUAGE_SPECS) {
    const source = pick(spec);
    if (source) out[spec.id] = source;
  }
  return out;
}

function either(a: RegExp | null, b: RegExp | null): RegExp | null {
  if (!a) return b;
  if (!b) return a;
  return new RegExp(`${a.source}|${b.source}`);
}

/** Web request data only (for sinks where a local argument is not an attack, e.g. redirects, SSRF). */
export const REQUEST_SOURCES = table((spec) => spec.sources.request);

/** Request data plus command-line, environment and input reads. */
export const ANY_SOURCES = table((spec) => either(spec.sources.request, spec.sources.local));

/** Casts and validators that leave nothing injectable (Ruby's conversions are methods: `params[:id].to_i`); a hex
 * digest (`hashlib.sha256(data).hexdigest()`, `raw.hex()`) is only the characters 0-9a-f. */
export const NUMERIC_SANITIZERS =
  /^(int|float|bool|len|abs|round|Number|parseInt|parseFloat|Boolean|Integer\.parseInt|Long\.parseLong|strconv\.Atoi|strconv\.ParseInt|atoi|atol|strtol|strtoul|intval|floatval|is_numeric|uuid\.UUID)$|\.(to_i|to_f)$|^(Integer|Float)$|\.(hexdigest|hex)$/;

export const GENERIC_TAINT: TaintSpec = { sources: ANY_SOURCES, sinks: {}, sanitizers: NUMERIC_SANITIZERS };
export const REQUEST_TAINT: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: NUMERIC_SANITIZERS };

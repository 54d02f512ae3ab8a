// The sanitisers of one weakness class in one language's guard table, as one pattern (guardedSink, XSS taint).
import type { GuardClass, LanguageGuards } from './LanguageGuards';

/** The calls whose result is safe for `cls` in a language: its sanitisers of the class and the `any` ones. */
export function classSanitisers(shapes: LanguageGuards | undefined, cls: GuardClass): RegExp | null {
  const own = [shapes?.sanitizers[cls], shapes?.sanitizers.any].filter((r): r is RegExp => r !== undefined);
  return own.length === 0 ? null : new RegExp(own.map((r) => r.source).join('|'));
}

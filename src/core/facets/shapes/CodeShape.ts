// One operation shape of a C, C++ or Rust code prefix (see ../codeShapes.ts): a named pattern that the
// knowledge base lists among a CWE's markers as `shape:<name>`.
import type { Language } from '../../task/Task';

export interface CodeShape {
  readonly name: string;
  readonly languages: readonly Language[];
  /** Tested on the code with comments, strings and character literals blanked. */
  readonly found: (code: string) => boolean;
}

export const C_FAMILY: readonly Language[] = ['c', 'cpp'];
export const MEMORY_LANGUAGES: readonly Language[] = ['c', 'cpp', 'rust'];

/** `name` with the characters a regular expression treats specially escaped (`c->buf`, `self.ptr`). */
export function literal(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\>-]/g, (c) => `\\${c}`);
}

/** Does `rest` compare `name` with something (`name < 0`, `!name`, `if (name)`, `name.is_null()`)? */
export function comparedLater(rest: string, name: string): boolean {
  const p = literal(name);
  return new RegExp(
    String.raw`(?:\b${p}\s*(?:[!=<>]=?|&&|\|\||\?)|(?:[!=<>]=?|&&|\|\|)\s*${p}\b|!\s*${p}\b|if\s*\(\s*${p}\s*\)|\b${p}\s*\.\s*(?:is_null|is_err|is_ok|is_none|fail|good|bad)\s*\()`,
  ).test(rest);
}

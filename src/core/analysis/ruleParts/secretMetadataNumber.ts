// Numbers that describe a password rather than being one: `#define MAX_PASSPHRASE_SIZE 1024`,
// `#define AUTH_METHOD_PASSWORD 0x0002u`. A name that says size, limit, kind or flag, holding a number, is metadata.
const METADATA_WORD =
  /(^|_)(SIZE|LEN|LENGTH|MAX|MIN|METHOD|FLAGS?|TYPE|KIND|MODE|BITS?|MASK|ID|OPTS?|OPTION|TRIES|ATTEMPTS|COUNT|TIMEOUT|PROMPT)(_|$)/i;
const NUMBER = /^\(?\s*-?(0x[0-9a-f]+|\d+)[uUlL]*\s*\)?$/i;

/** `name` holds a number and names an attribute of a password (its size, a method flag), not a password. */
export function secretMetadataNumber(name: string, raw: string): boolean {
  return NUMBER.test(raw.trim()) && METADATA_WORD.test(name);
}

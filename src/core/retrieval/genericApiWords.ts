// Words too generic to be API evidence: they name the data or the plumbing that almost every
// program has (values, containers, files, users, errors), so a task that says "password", "array"
// or "exception" (or calls a function by such a bare name) tells little about which weakness it
// risks. The API facet ignores an operation revealed only by such words and a guideline API with
// such a bare name; the text facets still read them. Kept as data, written from what the words
// mean, not from any benchmark item: add a word only when it fits that description.
export const GENERIC_API_WORDS: ReadonlySet<string> = new Set([
  // values and containers
  'data',
  'value',
  'values',
  'input',
  'output',
  'result',
  'parameter',
  'parameters',
  'argument',
  'arguments',
  'item',
  'element',
  'list',
  'array',
  'string',
  'buffer',
  'number',
  'integer',
  'index',
  'count',
  'size',
  'length',
  'object',
  'record',
  'table',
  // people, names and secrets every application handles
  'user',
  'username',
  'name',
  'id',
  'password',
  'key',
  'token',
  'secret',
  'message',
  // plumbing
  'file',
  'path',
  'error',
  'exception',
  'log',
  'request',
  'response',
  'query',
  'process',
  'config',
  'settings',
  'validate',
  'check',
]);

/** True when every word of the phrase is generic ("username and password", "file"). */
export function isGenericPhrase(phrase: string): boolean {
  const words = phrase
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && w !== 'and' && w !== 'or' && w !== 'the' && w !== 'a');
  return words.length > 0 && words.every((w) => GENERIC_API_WORDS.has(w));
}

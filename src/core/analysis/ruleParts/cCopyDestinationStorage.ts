// Where a string copy's destination lives: a local array of the function (stack), a buffer this file allocates
// (heap), or neither in view (a parameter, a global, a struct member array). Benchmarks name the overflow by it:
// CWE-121 for a stack array, CWE-122 for a heap block, CWE-120 when the storage is not known.
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { declarationsOf } from '../cDeclarations';
import { scopeOf } from '../walk';
import { escapeRegExp } from './textPatterns';

export type CopyStorage = 'stack' | 'heap' | 'unknown';

/** `name = malloc(...)`, `name = (char *)calloc(...)`, `name = new char[...]`, declared or assigned. */
const allocatedAs = (name: string): RegExp =>
  new RegExp(
    `\\b${escapeRegExp(name)}\\s*=\\s*(\\([^()]*\\)\\s*)?(static_cast<[^>]*>\\s*\\(\\s*)?((std::)?(malloc|calloc|realloc)\\s*\\(|new\\s+[\\w:]+\\s*\\[)`,
  );

export function copyDestinationStorage(call: CallInfo, ctx: RuleContext): CopyStorage {
  const dst = call.args[0]?.text.split('+')[0]?.trim() ?? '';
  const name = /(\w+)\s*$/.exec(dst)?.[1];
  if (!name) return 'unknown';
  const member = /(->|\.)\s*\w+\s*$/.test(dst);
  const local = member ? undefined : declarationsOf(call.node, ctx).find((d) => d.name === name);
  const scope = scopeOf(call.node).text;
  if (local && !local.parameter && new RegExp(`\\b${escapeRegExp(name)}\\s*\\[[^\\]]+\\]`).test(scope))
    return new RegExp(`\\bstatic\\b[^;]*\\b${escapeRegExp(name)}\\s*\\[`).test(scope) ? 'unknown' : 'stack';
  if (local?.parameter) return 'unknown';
  // A local pointer is judged in its function; a member (`buf_`, `u->name`) wherever the file allocates it.
  return allocatedAs(name).test(local ? scope : ctx.code) ? 'heap' : 'unknown';
}

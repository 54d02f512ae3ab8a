// Unbounded string copies (strcpy, strcat, sprintf with %s): when one is a flaw, and which storage it overruns.
// c-unbounded-copy (120) reports every such copy; c-unbounded-stack-copy (121: a local array) and
// c-unbounded-heap-copy (122: a buffer this file allocates) report the same call again when its storage is in view.
// Benchmarks label one overflow either way (120 for the unchecked copy, 121/122 for where it lands), and the two are
// cousins under CWE-119, not relatives, so each view is its own finding.
import { callRule } from '../callRule';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { isConstant } from '../stringShape';
import { allocatedWithLength, atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { scopeOf } from '../walk';
import { isTainted } from '../ruleHelpers';
import { declarationsOf } from '../cDeclarations';
import { C_LANGUAGES as C, escapeRegExp } from './textPatterns';
import { copyDestinationStorage, type CopyStorage } from './cCopyDestinationStorage';

/** The destination is declared as a fixed-size character array (local, global or struct member): `char buf[64]`. */
function fixedArrayDestination(call: CallInfo, ctx: RuleContext): boolean {
  const dst = call.args[0]?.text.split('+')[0]?.trim() ?? '';
  const name = /(\w+)\s*$/.exec(dst)?.[1];
  if (!name) return false;
  // A name declared in this function is that declaration: a pointer parameter or local has a size we cannot see.
  // A member (`u->name`) is declared in its struct, even when a parameter shares its name.
  const member = /(->|\.)\s*\w+\s*$/.test(dst);
  const local = member ? undefined : declarationsOf(call.node, ctx).find((d) => d.name === name);
  if (
    local &&
    (local.parameter || !new RegExp(`\\b${escapeRegExp(name)}\\s*\\[[^\\]]+\\]`).test(scopeOf(call.node).text))
  )
    return false;
  // Kept per name: a scan of the whole file per copy would grow with the square of its length.
  const key = `fixedCharArray:${name}`;
  let found = ctx.memo.get(key) as boolean | undefined;
  if (found === undefined) {
    found = new RegExp(
      `\\b(char|wchar_t|TCHAR|u?int8_t|u_char|uchar|gchar)\\s+[^;(){}=]*?\\b${escapeRegExp(name)}\\s*\\[[^\\]]+\\]`,
    ).test(ctx.code);
    ctx.memo.set(key, found);
  }
  return found;
}

const CONVERSION = /%(?:\d+\$)?[-+ #0']*(\*|\d+)?(?:\.(\*|\d*))?(?:hh|h|ll|l|j|z|t|L|q)?([diouxXeEfFgGaAcspnCS%])/g;

/**
 * The arguments whose text lands in the destination with no bound: the source of strcpy/strcat, and for sprintf the
 * arguments of `%s` conversions without a precision (when the format is a literal; any argument otherwise). Numbers,
 * characters and `%.20s` strings have a bounded width, so a length test of them is not needed.
 */
function unboundedSources(call: CallInfo): CallInfo['args'] {
  if (!/sprintf$/.test(call.name)) return call.args.slice(1, 2);
  const format = call.args[1];
  const rest = call.args.slice(2);
  if (!format || !isConstant(format) || !/^"/.test(format.text)) return rest;
  const out: CallInfo['args'] = [];
  let at = 0;
  for (const m of format.text.matchAll(CONVERSION)) {
    if (m[3] === '%') continue;
    if (m[1] === '*') at += 1;
    if (m[2] === '*') at += 1;
    const arg = rest[at];
    if (/^[sS]$/.test(m[3] ?? '') && m[2] === undefined && arg) out.push(arg);
    at += 1;
  }
  return out;
}

/**
 * A finding needs both halves of an overflow in view: a fixed-size array as the destination and a source a caller
 * or input controls. A copy into a pointer of unknown size, or of a string the function made itself, is the same
 * text in flawed and fixed code (the size was settled elsewhere), so it is a note.
 */
function unboundedCopyTier(call: CallInfo, ctx: RuleContext, heap: boolean): 'finding' | 'note' {
  const sources = unboundedSources(call).filter((src) => !isConstant(src));
  const steered = sources.some((src) => isTainted(src, ctx) || fromCallerOrInput(atomsOf(src), call.node, ctx));
  // A block this file allocates has the size it was given: a fixed array in all but name.
  return (heap || fixedArrayDestination(call, ctx)) && steered ? 'finding' : 'note';
}

function unboundedCopy(call: CallInfo, ctx: RuleContext): boolean {
  const printf = /sprintf$/.test(call.name);
  const format = call.args[1];
  if (printf && format && isConstant(format) && !/%-?\d*s/.test(format.text)) return false;
  const sources = unboundedSources(call);
  // A destination allocated in this function from the source's own length (malloc(strlen(s) + 1)) fits it.
  const dst = call.args[0];
  if (
    dst &&
    sources.length > 0 &&
    sources.every((src) => isConstant(src) || allocatedWithLength(dst, atomsOf(src), ctx))
  )
    return false;
  // Checked: the source's length was compared before copying (strlen(src) < sizeof dst).
  return (
    sources.some(
      (src) =>
        !isConstant(src) &&
        !new RegExp(`strlen\\s*\\(\\s*${escapeRegExp(src.text)}\\s*\\)[^;{]*(<|>)`).test(scopeOf(call.node).text),
    ) ||
    (printf && format !== undefined && !isConstant(format) && ctx.language !== undefined)
  );
}

/** Checked: the source's length was compared before copying (strlen(src) < sizeof dst). */
export function unboundedCopyRule(spec: { id: string; cwe: string; storage: CopyStorage | 'any'; message: string }) {
  return callRule({
    id: spec.id,
    cwe: spec.cwe,
    severity: 'error',
    fix: 'Use a bounded call (snprintf, strncpy/strlcpy with sizeof the destination) or check the length first.',
    languages: [...C],
    message: spec.message,
    callee: {
      c: /^(strcpy|strcat|wcscpy|wcscat|stpcpy|sprintf|vsprintf|lstrcpy|lstrcat)$/,
      cpp: /^(std::)?(strcpy|strcat|wcscpy|wcscat|stpcpy|sprintf|vsprintf)$/,
    },
    when: (call, ctx) =>
      (spec.storage === 'any' || copyDestinationStorage(call, ctx) === spec.storage) && unboundedCopy(call, ctx),
    tierOf: (call, ctx) => unboundedCopyTier(call, ctx, spec.storage === 'heap'),
  });
}

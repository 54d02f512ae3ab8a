// CWE-120 copies without checking the destination size: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { C_LANGUAGES as C, escapeRegExp } from '../ruleParts/textPatterns';
import { isConstant } from '../stringShape';
import { allocatedWithLength, atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { scopeOf } from '../walk';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { isTainted } from '../ruleHelpers';
import { declarationsOf } from '../cDeclarations';

const copy = {
  cwe: 'CWE-120',
  severity: 'error' as const,
  fix: 'Use a bounded call (snprintf, strncpy/strlcpy with sizeof the destination) or check the length first.',
};

export const cGets = callRule({
  ...copy,
  id: 'c-gets',
  languages: [...C],
  message: 'gets() cannot limit how much it writes, so any long line overflows the buffer.',
  callee: { c: /^gets$/, cpp: /^(std::)?gets$/ },
});

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
function unboundedCopyTier(call: CallInfo, ctx: RuleContext): 'finding' | 'note' {
  const sources = unboundedSources(call).filter((src) => !isConstant(src));
  const steered = sources.some((src) => isTainted(src, ctx) || fromCallerOrInput(atomsOf(src), call.node, ctx));
  return fixedArrayDestination(call, ctx) && steered ? 'finding' : 'note';
}

export const cUnboundedCopy = callRule({
  ...copy,
  id: 'c-unbounded-copy',
  languages: [...C],
  message: 'A string of unchecked length is copied into a fixed buffer without a bound.',
  callee: {
    c: /^(strcpy|strcat|wcscpy|wcscat|stpcpy|sprintf|vsprintf|lstrcpy|lstrcat)$/,
    cpp: /^(std::)?(strcpy|strcat|wcscpy|wcscat|stpcpy|sprintf|vsprintf)$/,
  },
  when: (call, ctx) => {
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
  },
  tierOf: unboundedCopyTier,
});

export const cScanfString = callRule({
  ...copy,
  id: 'c-scanf-unbounded',
  languages: [...C],
  message: 'scanf reads a string with %s (no width), which overflows the buffer on long input.',
  callee: { c: /^(scanf|fscanf|sscanf|__isoc99_scanf)$/, cpp: /^(std::)?(scanf|fscanf|sscanf)$/ },
  when: (call) => call.args.some((a) => /^"[^"]*%(s|\[)/.test(a.text)),
});

export const cppStreamIntoArray: QueryRule = {
  id: 'cpp-stream-into-char-array',
  cwe: 'CWE-120',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression left: (_) @stream operator: ">>" right: (identifier) @dst) @hit' },
  message: 'operator>> reads a whole word into a char array with no length limit.',
  fix: 'Read into std::string, or limit the extraction with std::setw(sizeof buf).',
  predicate: ({ stream, dst, hit }) =>
    !!stream &&
    !!dst &&
    !!hit &&
    !/setw\s*\(/.test(stream.text) &&
    new RegExp(`\\bchar\\s+${escapeRegExp(dst.text)}\\s*\\[`).test(scopeOf(hit).text),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe120ClassicBufferOverflow: readonly Rule[] = [cGets, cUnboundedCopy, cScanfString, cppStreamIntoArray];

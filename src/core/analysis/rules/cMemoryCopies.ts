// CWE-120/787/134: unbounded string copies, unchecked copy lengths, and non-literal format strings in C/C++.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';
import { isTainted } from '../ruleHelpers';
import { IDENTIFIER_TYPES, scopeOf, walk } from '../walk';
import { functionPdg, guardedByComparison } from '../pdgGuard';
import { allocatedWithLength, atomsOf, fromCallerOrInput } from '../cBoundsFacts';

const C = ['c', 'cpp'] as const;
const copy = {
  cwe: 'CWE-120',
  severity: 'error' as const,
  fix: 'Use a bounded call (snprintf, strncpy/strlcpy with sizeof the destination) or check the length first.',
};

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Some identifier of `expr` is compared (<, >, <=, >=, min) somewhere in its function. */
export function boundsChecked(expr: SyntaxNode, ctx: RuleContext): boolean {
  const scope = scopeOf(expr).text;
  const names = [...walk(expr)].filter((n) => IDENTIFIER_TYPES.has(n.type)).map((n) => escapeRe(n.text));
  if (/sizeof/.test(expr.text) && names.length <= 1) return true;
  return (
    names.some((n) =>
      new RegExp(
        `\\b${n}\\b[^;{}\\n]*(<|>|<=|>=)|(<|>|<=|>=)[^;{}\\n]*\\b${n}\\b|\\b(MIN|min|std::min)\\s*\\([^;]*\\b${n}\\b`,
      ).test(scope),
    ) || ctx.code.length === 0
  );
}

export const cGets = callRule({
  ...copy,
  id: 'c-gets',
  languages: [...C],
  message: 'gets() cannot limit how much it writes, so any long line overflows the buffer.',
  callee: { c: /^gets$/, cpp: /^(std::)?gets$/ },
});

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
    const sources = printf ? call.args.slice(2) : call.args.slice(1, 2);
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
          !new RegExp(`strlen\\s*\\(\\s*${escapeRe(src.text)}\\s*\\)[^;{]*(<|>)`).test(scopeOf(call.node).text),
      ) ||
      (printf && format !== undefined && !isConstant(format) && ctx.language !== undefined)
    );
  },
});

export const cScanfString = callRule({
  ...copy,
  id: 'c-scanf-unbounded',
  languages: [...C],
  message: 'scanf reads a string with %s (no width), which overflows the buffer on long input.',
  callee: { c: /^(scanf|fscanf|sscanf|__isoc99_scanf)$/, cpp: /^(std::)?(scanf|fscanf|sscanf)$/ },
  when: (call) => call.args.some((a) => /^"[^"]*%(s|\[)/.test(a.text)),
});

export const cFormatString = callRule({
  id: 'c-format-string',
  cwe: 'CWE-134',
  severity: 'error',
  languages: [...C],
  message: 'The format string is not a literal; % directives in the data read or write memory.',
  fix: 'Use a literal format such as printf("%s", text).',
  callee: {
    c: /^(printf|fprintf|sprintf|snprintf|syslog|dprintf|vprintf|vfprintf|err|warn)$/,
    cpp: /^(std::)?(printf|fprintf|sprintf|snprintf|syslog|dprintf)$/,
  },
  when: (call) => {
    const index =
      {
        printf: 0,
        vprintf: 0,
        fprintf: 1,
        vfprintf: 1,
        sprintf: 1,
        dprintf: 1,
        syslog: 1,
        err: 1,
        warn: 0,
        snprintf: 2,
      }[call.name.replace('std::', '')] ?? 0;
    const format = call.args[index];
    return (
      format !== undefined &&
      format.type === 'identifier' &&
      call.args.length === index + 1 &&
      !/^[A-Z_0-9]+$/.test(format.text)
    );
  },
});

export const cCopyLength = callRule({
  id: 'c-unchecked-copy-length',
  cwe: 'CWE-787',
  severity: 'error',
  languages: [...C],
  message: 'The copy length comes from input or is never compared with the destination size.',
  fix: 'Check the length against the destination size (sizeof dst) before copying, or clamp it.',
  callee: {
    c: /^(memcpy|memmove|strncpy|strncat|memset|bcopy)$/,
    cpp: /^(std::)?(memcpy|memmove|strncpy|strncat|memset)$/,
  },
  when: (call, ctx) => {
    const length = call.args[2];
    const dst = call.args[0];
    if (!length || !dst || isConstant(length) || /^sizeof/.test(length.text.trim())) return false;
    const atoms = atomsOf(length);
    // Evidence first: the length must come from a caller or input (not a local computation), memset only
    // from input, and a destination allocated from the same length is sized for it.
    if (/memset$/.test(call.name) ? !isTainted(length, ctx) : !fromCallerOrInput(atoms, call.node, ctx)) return false;
    if (allocatedWithLength(dst, atoms, ctx)) return false;
    // The PDG decides whether a comparison on the length (a whole field such as m->len, not any name inside
    // it) controls or precedes the copy; measured, this flags fewer secure samples than "any comparison anywhere".
    const guarded = functionPdg(call.node, ctx)
      ? guardedByComparison(call.node, atoms, ctx)
      : boundsChecked(length, ctx);
    return !guarded;
  },
});

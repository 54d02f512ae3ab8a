// CWE-676 potentially dangerous functions: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { cScanfString, cUnboundedCopy } from './cwe120ClassicBufferOverflow';
import { FUNCTION_TYPES, ancestor } from '../walk';
import { enclosingParameterNames } from '../functionParameters';
import { callRule } from '../callRule';
import { isRustInput } from '../ruleParts/rustParameters';

const LOOPS: ReadonlySet<string> = new Set(['for_statement', 'while_statement', 'do_statement']);

function dangerousUse(call: CallInfo, ctx: RuleContext): boolean {
  const name = call.name.replace(/^std::/, '');
  if (name === 'gets') return true;
  // Unbounded copies and %s scans: the same evidence the CWE-120 rules require, so both fire or neither does.
  if (/^(strcpy|strcat|sprintf|vsprintf)$/.test(name))
    return cUnboundedCopy.predicate?.({ call: call.node }, ctx) ?? false;
  if (/scanf$/.test(name)) return cScanfString.predicate?.({ call: call.node }, ctx) ?? false;
  const fn = ancestor(call.node, FUNCTION_TYPES);
  if (!fn) return false;
  const params = enclosingParameterNames(call.node);
  if (/^(atoi|atol|atoll|atof)$/.test(name)) {
    // A parsing helper handed text by its caller: atoi turns "abc" and overflow into silent values.
    const fnName = /\b(\w+)\s*\(/.exec(fn.childForFieldName('declarator')?.text ?? '')?.[1];
    return fnName !== 'main' && params.has(call.args[0]?.text ?? '');
  }
  if (name === 'strtok') {
    // strtok keeps hidden state: a callback (or any caller-supplied function) run inside the loop may tokenize too.
    const loop = ancestor(call.node, LOOPS);
    return loop !== null && ctx.callsWithin(loop.startIndex + 1, loop.endIndex).some((c) => params.has(c.name));
  }
  return false;
}

export const cDangerousFunction = callRule({
  id: 'c-dangerous-function',
  // A note: the call alone is no evidence of an overflow; the bounds rules (120/121/787) report the ones that are.
  tier: 'note',
  cwe: 'CWE-676',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message: 'This C library function cannot be used safely here (no bound, no error reporting, or hidden shared state).',
  fix: 'Use fgets, snprintf, strtol with errno/end checks, strtok_r, or C++ std::string and std::getline.',
  callee: {
    c: /^(gets|strcpy|strcat|sprintf|vsprintf|scanf|fscanf|sscanf|atoi|atol|atoll|atof|strtok)$/,
    cpp: /^(std::)?(gets|strcpy|strcat|sprintf|vsprintf|scanf|fscanf|sscanf|atoi|atol|atoll|atof|strtok)$/,
  },
  when: dangerousUse,
});

/** Checks that prove bytes are UTF-8 (or ASCII) before the unchecked conversion, or bytes taken from a string. */
const UTF8_PROVEN = /\.is_ascii\(\)|from_utf8\(|\.is_char_boundary\(|simdutf8|\.as_bytes\(\)|\.into_bytes\(\)/;

/** The name the bytes are rooted in (`frame` in `&frame[2..]`, `buf` in `&buf[..n]`). */
const rootOf = (arg: string): string => /^[&*\s]*(?:mut\s+)?(\w+)/.exec(arg)?.[1] ?? '';

/** The bytes came from outside: a parameter, input, or a buffer a read in this function filled. */
function untrustedBytes(call: CallInfo, ctx: RuleContext): boolean {
  const arg = call.args[0];
  const root = rootOf(arg?.text ?? '');
  if (!arg || !root) return false;
  if (enclosingParameterNames(call.node).has(root) || isRustInput(arg, ctx)) return true;
  const filled = new RegExp(
    `\\.(read|read_exact|read_to_end|read_buf|recv|recv_from|peek)\\s*\\(\\s*&mut\\s+${root}\\b`,
  );
  return filled.test(ancestor(call.node, FUNCTION_TYPES)?.text ?? '');
}

/**
 * `str::from_utf8_unchecked` on bytes nobody validated: invalid UTF-8 in a `str` is undefined behaviour, and later
 * code (char iteration, slicing, the standard library) may read out of bounds. A finding when the bytes come from
 * outside the function, a note otherwise; nothing when the function proves them UTF-8 or took them from a string.
 */
export const rustUncheckedUtf8 = callRule({
  id: 'rust-unchecked-utf8',
  cwe: 'CWE-676',
  severity: 'warning',
  languages: ['rust'],
  message: 'Bytes are turned into a str without checking they are UTF-8; invalid input makes this undefined behaviour.',
  fix: 'Use std::str::from_utf8 (or String::from_utf8) and handle the error, or from_utf8_lossy when replacement is fine.',
  callee: { rust: /(^|::)from_utf8_unchecked(_mut)?$/ },
  when: (call) => !UTF8_PROVEN.test(ancestor(call.node, FUNCTION_TYPES)?.text ?? call.node.text),
  tierOf: (call, ctx) => (untrustedBytes(call, ctx) ? 'finding' : 'note'),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe676DangerousFunction: readonly Rule[] = [cDangerousFunction, rustUncheckedUtf8];

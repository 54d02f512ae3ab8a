// CWE-117 log injection (Rust rules): log/tracing macros that write request data with `{}` (Display), which keeps
// CR/LF as they are. `{:?}` (Debug) escapes them, so a value logged only that way is not flagged.
import type { QueryRule, Rule, TaintSpec } from '../../Rule';
import { REQUEST_SOURCES } from '../../sources';
import { taintOf } from '../../taint';
import { macroArguments } from '../../rustMacroTaint';
import { walk } from '../../walk';

const LOG_MACRO = /^((log|tracing)::)?(trace|debug|info|warn|error|event)$/;
/** Calls that make a value safe to log: escaping, stripping line breaks, numbers. */
const NEUTRALISERS = /escape_debug|escape_default|replace\s*\(|sanitize|parse/;
const LOG_TAINT: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: /(^|\.|::)(escape_debug|parse|len)$/ };

export const rustLogInjection: QueryRule = {
  id: 'rust-log-injection',
  cwe: 'CWE-117',
  severity: 'warning',
  languages: ['rust'],
  message: 'Request data is logged with {} (Display), which keeps line breaks, so a newline in it forges log entries.',
  fix: 'Log the value with {:?} (Debug escapes CR/LF), or strip control characters first (escape_debug, replace).',
  kind: 'query',
  query: { rust: '(macro_invocation macro: (_) @macro (token_tree) @args) @hit' },
  predicate: ({ macro, args, hit }, ctx) => {
    if (!macro || !args || !hit || !LOG_MACRO.test(macro.text)) return false;
    const state = taintOf(hit, 'rust-log-injection', LOG_TAINT, ctx);
    const source = LOG_TAINT.sources.rust;
    const tainted = (name: string): boolean => state.names.has(name) || (source?.test(name) ?? false);
    const parts = macroArguments(args);
    const at = parts.findIndex((p) => p.tokens[0]?.type === 'string_literal');
    const format = parts[at]?.tokens[0];
    if (!format) return false;
    // Inline captures written with Display: `{user}`, not `{user:?}`.
    const displayed = [...format.text.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => m[1] ?? '');
    if (displayed.some(tainted)) return true;
    // Positional arguments after the format string, matched to its `{}` / `{:?}` holes in order.
    const holes = [...format.text.replace(/\{\{/g, '').matchAll(/\{(\w*)(:[^}]*)?\}/g)].filter(
      (m) => !m[1] || /^\d+$/.test(m[1]),
    );
    return parts.slice(at + 1).some((value, i) => {
      if ((holes[i]?.[2] ?? '').includes('?')) return false;
      const text = value.tokens.map((t) => t.text).join('');
      if (NEUTRALISERS.test(text)) return false;
      return value.tokens.some((t) => [...walk(t)].some((n) => n.type === 'identifier' && tainted(n.text)));
    });
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe117Rust: readonly Rule[] = [rustLogInjection];

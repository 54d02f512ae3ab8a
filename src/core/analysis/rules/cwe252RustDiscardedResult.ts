// CWE-252 in Rust: a Result thrown away with `let _ = ...` or `.ok();`. A finding when the call decides a security
// question (permissions, privilege changes, verification); a note for I/O whose failure leaves data half written.
import type { Captures, QueryRule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import type { FindingTier } from '../Finding';
import { isSecurityCall } from './cwe755ExceptionHandling/securityCalls';

const RUST_SECURITY = /(^|::)(set_permissions|setuid|setgid|seteuid|setegid|setresuid|setresgid|chroot|chown|fchown)$/;
const RUST_IO =
  /(^|[.:])(write_all|flush|sync_all|sync_data|remove_file|remove_dir_all|create_dir_all|rename|copy|set_len|shutdown)$/;

/** The called function of the discarded expression: `x.write_all(..)` -> `write_all`, `fs::rename(..)` -> `fs::rename`. */
function calleeOf(call: string): { name: string; last: string } {
  const head = call.replace(/\s+/g, '').replace(/\.ok\(\)$/, '');
  const m = /([\w:]+(?:\.[\w]+)*)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)$/.exec(head);
  const name = m?.[1] ?? head;
  const last = name.split(/[.:]+/).pop() ?? name;
  return { name, last };
}

function kindOf({ hit, call }: Captures, ctx: RuleContext): 'security' | 'io' | null {
  if (!hit || !call) return null;
  const discards = /^let\s+_\s*(:[^=]+)?=/.test(hit.text) || /\.ok\(\)\s*;?$/.test(hit.text.trim());
  if (!discards) return null;
  const info = ctx.callAt(call);
  const { name, last } = info.name ? { name: info.name, last: info.last } : calleeOf(call.text);
  if (RUST_SECURITY.test(name) || isSecurityCall(name, last)) return 'security';
  return RUST_IO.test(name) ? 'io' : null;
}

export const rustDiscardedResult: QueryRule = {
  id: 'rust-discarded-result',
  cwe: 'CWE-252',
  severity: 'warning',
  languages: ['rust'],
  kind: 'query',
  query: {
    rust: `(let_declaration value: (call_expression) @call) @hit
(expression_statement (call_expression function: (field_expression value: (call_expression) @call field: (field_identifier) @ok)) @hit)`,
  },
  guardable: false,
  message:
    'The Result of this call is discarded, so a failed permission change, privilege drop, verification or write goes unnoticed and the program carries on as if it had worked.',
  fix: 'Propagate the error with `?` or match it and stop; never bind a security-relevant Result to `_`.',
  predicate: (captures, ctx) =>
    (captures.ok === undefined || captures.ok.text === 'ok') && kindOf(captures, ctx) !== null,
  tierOf: (captures, ctx): FindingTier => (kindOf(captures, ctx) === 'security' ? 'finding' : 'note'),
};

// Python logging calls with a constant %-format: each argument is printed by its own placeholder, and `%r` writes a
// newline as `\n` while `%d`/`%f`/`%x` print digits, so only the `%s` arguments can forge a log line.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { namedChildren } from '../walk';

const LOG_METHOD = /\.(debug|info|warning|warn|error|critical|exception)$/;
const PLACEHOLDER = /%[-+ #0-9.*]*[a-zA-Z]/g;

/** `log.warning("failed login for %r from %s", username, ip)`: `username` goes through repr (not text). */
export function quotedLogArgument(n: SyntaxNode, ctx: RuleContext): boolean {
  const list = n.parent;
  if (ctx.language !== 'python' || list?.type !== 'argument_list' || list.parent?.type !== 'call') return false;
  if (!LOG_METHOD.test(list.parent.childForFieldName('function')?.text ?? '')) return false;
  const args = namedChildren(list);
  const format = args[0];
  // A constant format only: no f-string fields, no `%(name)s` mapping keys.
  if (format?.type !== 'string' || namedChildren(format).some((k) => k.type === 'interpolation')) return false;
  if (format.text.includes('%(')) return false;
  const at = args.findIndex((a) => a.startIndex === n.startIndex && a.endIndex === n.endIndex);
  const placeholder = at >= 1 ? format.text.replace(/%%/g, '').match(PLACEHOLDER)?.[at - 1] : undefined;
  return placeholder !== undefined && /[rdiefgxoEFGX]$/.test(placeholder);
}

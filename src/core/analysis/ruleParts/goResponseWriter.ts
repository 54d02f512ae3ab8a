// Does a Go write reach a browser as HTML? Writers named os.Stdout/os.Stderr are the process's terminal, and a handler
// that declared a non-markup Content-Type (JSON, protobuf, plain text) before writing is not rendered as a page.
import type { CallInfo } from '../callInfo';
import { scopeOf } from '../walk';

const CONSOLE = /^os\.(Stdout|Stderr)$/;

/** `w.Header().Set("Content-Type", "...")`, `.Add(...)` or `w.Header()["Content-Type"] = []string{"..."}`. */
const CONTENT_TYPE_SET =
  /Header\(\)(\.(Set|Add)\(\s*"Content-Type"\s*,|\[\s*"Content-Type"\s*\]\s*=\s*\[\]string\{)\s*"([^"]*)"/gi;

/** Types a browser may run script in: HTML, XHTML, SVG and other XML. */
const MARKUP_TYPE = /html|xml|svg/i;

/** The function sets a literal Content-Type with no markup in it before `call`, so the body is not parsed as HTML. */
function declaredNonMarkup(call: CallInfo): boolean {
  const scope = scopeOf(call.node);
  const before = scope.text.slice(0, call.node.startIndex - scope.startIndex);
  const types = [...before.matchAll(CONTENT_TYPE_SET)].map((m) => m[3] ?? '');
  return types.length > 0 && !MARKUP_TYPE.test(types.at(-1) ?? '');
}

/** A Go response write that can render as HTML: not to the terminal, not after a non-markup Content-Type. */
export function goWritesPage(call: CallInfo): boolean {
  return !CONSOLE.test(call.args[0]?.text ?? '') && !declaredNonMarkup(call);
}

// CWE-113 HTTP response splitting: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { streamOperands } from '../ruleParts/nativeSplicedValues';
import { formatParts, messageParts, type Part } from '../httpMessageParts';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { constantLike } from '../stringShape';
import { isCallNode, type CallInfo } from '../callInfo';
import { scopeOf } from '../walk';
import { checkedBeforeUse, lineBreakCutBefore } from '../validationGuard';
import { isTainted } from '../ruleHelpers';
import { atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { injection } from '../ruleParts/injectionRule';
import { callRule } from '../callRule';
import { exprTainted, taintOf } from '../taint';
import { REQUEST_TAINT } from '../sources';

const REQUEST_LINE = /^\s*((GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS|CONNECT)\s|HTTP\/\d)/;

const HEADER_LINE = /^\s*([A-Za-z][\w-]*)\s*:/;

/** Header names that identify an HTTP header even without a request or status line in the same write (CGI output). */
const KNOWN_HEADER =
  /^(Set-Cookie|Location|Content-(Type|Disposition|Language)|Refresh|Host|Cookie|User-Agent|Referer|Authorization|Cache-Control|Link|Status|WWW-Authenticate|Access-Control-[\w-]+|X-[\w-]+)$/i;

const LINE_BREAK = /\\r\\n|\\n|\r?\n/;

const BLANK_LINE = /(\\r)?\\n(\\r)?\\n|\r?\n\r?\n/;

/**
 * Calls whose result cannot hold a raw CR/LF: encoders, escapers and number conversions. Go's strconv.Quote escapes
 * them, and mime.FormatMediaType percent-encodes any control character in a parameter (RFC 2231).
 */
const ENCODERS =
  /^(Quote|QuoteToASCII|FormatMediaType|quote|quote_plus|urlencode|url_encode|escape\w*|QueryEscape|PathEscape|encodeURIComponent|encodeURI|sanitize\w*|int|len|Itoa|FormatInt|FormatUint|Number|parseInt|b64encode|hexdigest)$/;

/** The values that land in the request line or a header of the message (anything after the blank line is body). */
function headerValues(parts: readonly Part[]): SyntaxNode[] {
  const http = parts.some((p) => typeof p === 'string' && /HTTP\/\d/.test(p));
  const found: SyntaxNode[] = [];
  let before = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      before += p;
      continue;
    }
    if (BLANK_LINE.test(before)) break;
    const line = before.split(LINE_BREAK).at(-1) ?? '';
    const header = HEADER_LINE.exec(line)?.[1];
    if ((http && REQUEST_LINE.test(line)) || (header !== undefined && (http || KNOWN_HEADER.test(header))))
      found.push(p);
  }
  return found;
}

/** A value that may hold CR/LF: not a constant, an allowlist pick, an encoder's result or a CR/LF replacement. */
function unencoded(node: SyntaxNode, ctx: RuleContext, depth = 0): boolean {
  // Go `v := f(x)` assigns a one-element expression_list.
  const value = node.type === 'expression_list' && node.namedChildCount === 1 ? (node.namedChildren[0] ?? node) : node;
  if (constantLike(value, ctx) || /^(integer|float|number_literal|int_literal|sizeof_expression)$/.test(value.type))
    return false;
  if (isCallNode(value)) {
    const call = ctx.callAt(value);
    if (ENCODERS.test(call.last) || call.args.some((a) => /^['"`].*\\[rn]/.test(a.text))) return false;
    // A measure is a number (`Content-Length: " << body.size()`): digits cannot break a header line.
    if (/^(size|length|count|len|strlen|to_string|capacity|tellp|tellg)$/.test(call.last)) return false;
  }
  if (value.type === 'identifier' && depth < 3) {
    const writes = ctx.assignmentsTo(scopeOf(value), value.text).filter((a) => a.names.length === 1);
    if (writes.length > 0 && writes.every((a) => !unencoded(a.value, ctx, depth + 1))) return false;
  }
  return true;
}

/** The message a write call sends, as parts; null when the call writes no text we can read. */
function written(call: CallInfo, ctx: RuleContext): Part[] | null {
  const { args } = call;
  switch (ctx.language) {
    case 'c':
    case 'cpp':
      if (call.name === 'printf' && args[0]) return formatParts(args[0], args.slice(1));
      // stderr is a log, not the CGI response.
      if (/^(fprintf|dprintf)$/.test(call.name) && args[1] && args[0]?.text !== 'stderr')
        return formatParts(args[1], args.slice(2));
      return null;
    case 'go':
      if (call.name === 'fmt.Fprintf' && args[1]) return formatParts(args[1], args.slice(2));
      if (/^fmt\.Fprint(ln)?$/.test(call.name)) return args.slice(1).flatMap((a) => messageParts(a, ctx));
      return args.at(-1) ? messageParts(args.at(-1)!, ctx) : null;
    default:
      return args[0] ? messageParts(args[0], ctx) : null;
  }
}

function splitsMessage(call: CallInfo, ctx: RuleContext): boolean {
  const parts = written(call, ctx);
  if (!parts) return false;
  const risky = headerValues(parts).filter((v) => unencoded(v, ctx) && !lineBreakCutBefore(call.node, v, ctx));
  // C needs evidence that the value comes from a caller or from input (getenv("QUERY_STRING"), argv, reads).
  const evident =
    ctx.language === 'c' || ctx.language === 'cpp'
      ? risky.filter((v) => isTainted(v, ctx) || fromCallerOrInput(atomsOf(v), call.node, ctx))
      : risky;
  return evident.length > 0 && !checkedBeforeUse(call.node, evident, ctx);
}

const HEADER_SANITIZERS = /(^|\.)(replace|quote|urlencode|encodeURIComponent|int|escape|URLEncoder\.encode)$/;

export const headerInjection = injection(
  {
    id: 'header-injection',
    cwe: 'CWE-113',
    message: 'Request data is placed in an HTTP response header; CR/LF in it splits the response.',
    fix: 'Reject or strip CR/LF from header values, and prefer framework helpers that validate them.',
    languages: ['python', 'java', 'php'],
  },
  {
    python: [{ callee: /\.headers\.(add|set|__setitem__|setdefault)$|^(response|resp)\.set_cookie$/ }],
    java: [{ callee: /\.(setHeader|addHeader)$/, args: [1] }, { callee: /^new Cookie$/ }],
    php: [{ callee: /^header$/, args: [0], when: (c) => !/location/i.test(c.args[0]?.text ?? '') }],
  },
  HEADER_SANITIZERS,
);

/**
 * The same flow in Node (Express `res.set`/`res.header` call `setHeader`): Node's http module refuses a header value
 * with CR or LF (it throws ERR_INVALID_CHAR), so the response cannot be split; the value still reaches a header
 * unchecked, which is shown as a note.
 */
export const nodeHeaderValue = {
  ...injection(
    {
      id: 'node-header-value',
      cwe: 'CWE-113',
      message:
        'Request data is placed in an HTTP response header. Node rejects CR/LF in header values (the request fails with ERR_INVALID_CHAR), so this cannot split the response, but the value is unchecked.',
      fix: 'Validate the value (an allow-list or a pattern) before putting it in a header, and handle the error a bad value raises.',
      languages: ['javascript', 'typescript'],
    },
    {
      javascript: [{ callee: /^res\.(setHeader|set|header|append)$/, args: [1] }],
      typescript: [{ callee: /^res\.(setHeader|set|header|append)$/, args: [1] }],
    },
    HEADER_SANITIZERS,
  ),
  tier: 'note' as const,
};

export const rawHttpHeaderValue = callRule({
  id: 'raw-http-header-value',
  cwe: 'CWE-113',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'go', 'c', 'cpp'],
  message:
    'A value is written unencoded into the request line or a header of an HTTP message built by hand; CR/LF in it splits the message.',
  fix: 'Reject values containing CR/LF (or percent-encode them) before writing them into a hand-built request or header, or let an HTTP library build it.',
  callee: {
    python: /\.(sendall|send|write|writelines)$/,
    javascript: /\.(write|end)$/,
    typescript: /\.(write|end)$/,
    go: /^fmt\.Fprint(f|ln)?$|^io\.WriteString$|\.(Write|WriteString)$/,
    c: /^(printf|fprintf|dprintf)$/,
    cpp: /^(printf|fprintf|dprintf)$/,
  },
  when: splitsMessage,
});

/** A response's header map (`resp.headers`, Flask/Starlette/aiohttp) or a Django response indexed by header name. */
const HEADER_MAP = /(^|\.)headers$/;
const RESPONSE_NAME = /^(response|resp|res|r|rv)$/;
/** A call in the value that removes or encodes line breaks (`.replace("\n", "")`, quote, int). */
const CUTS_LINE_BREAKS =
  /\.(replace|strip|splitlines)\s*\(|\b(quote|quote_plus|urlencode|escape|int|b64encode|hexdigest)\s*\(/;

/** A record's key (`clinic.id`, `row.pk`, `order.customer_id`) is a number or UUID the database assigned. */
const HEADER_TAINT = { ...REQUEST_TAINT, cleanPaths: /\.(id|pk|\w+_id)$/ };

function headerTainted(value: SyntaxNode, ctx: RuleContext): boolean {
  return exprTainted(value, HEADER_TAINT, ctx, taintOf(value, 'header-value', HEADER_TAINT, ctx));
}

export const pyHeaderAssignment: QueryRule = {
  id: 'py-header-assignment',
  cwe: 'CWE-113',
  severity: 'warning',
  languages: ['python'],
  message: 'Request data is assigned to a response header; CR/LF in it can split the response or add headers.',
  fix: 'Reject values with CR or LF (or encode them) before putting them in a header.',
  kind: 'query',
  query: { python: '(assignment left: (subscript value: (_) @map subscript: (_) @key) right: (_) @value) @hit' },
  predicate: ({ map, key, value }, ctx) => {
    if (!map || !key || !value) return false;
    const named = key.type === 'string' && KNOWN_HEADER.test(key.text.replace(/^['"]|['"]$/g, ''));
    if (!HEADER_MAP.test(map.text) && !(RESPONSE_NAME.test(map.text) && named)) return false;
    // `request.headers[...] = v` sets a header on a request the program sends (a client, a crawler's middleware).
    if (/^(self\.)?(request|req)\.headers$/.test(map.text)) return false;
    if (CUTS_LINE_BREAKS.test(value.text) || !headerTainted(value, ctx)) return false;
    return !checkedBeforeUse(value, [value], ctx);
  },
};

export const cppHeaderStream: QueryRule = {
  id: 'cpp-header-stream-value',
  cwe: 'CWE-113',
  severity: 'warning',
  languages: ['cpp'],
  message:
    'A CGI response header is streamed with a value from a caller or from input spliced in unencoded; CR/LF in it splits the response.',
  fix: 'Reject values containing CR or LF (or percent-encode them) before writing them into a header line.',
  kind: 'query',
  query: { cpp: '(binary_expression) @hit' },
  predicate: ({ hit }, ctx) => {
    const [head, ...rest] = streamOperands(hit);
    // std::cerr / std::clog are logs, not the response.
    if (!hit || !head || /(^|::)(cerr|clog)$/.test(head.text) || !rest.some((o) => /string_literal/.test(o.type)))
      return false;
    const parts: Part[] = rest.map((o) => (/string_literal/.test(o.type) ? o.text.slice(1, -1) : o));
    const risky = headerValues(parts).filter((v) => unencoded(v, ctx) && !lineBreakCutBefore(hit, v, ctx));
    const evident = risky.filter((v) => isTainted(v, ctx) || fromCallerOrInput(atomsOf(v), hit, ctx));
    return evident.length > 0 && !checkedBeforeUse(hit, evident, ctx);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe113HttpResponseSplitting: readonly Rule[] = [
  headerInjection,
  nodeHeaderValue,
  pyHeaderAssignment,
  rawHttpHeaderValue,
  cppHeaderStream,
];

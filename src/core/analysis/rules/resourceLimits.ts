// CWE-400/770/1333: request bodies and uploads read whole with no limit, unbounded thread pools, allocations
// sized by a peer, and regular expressions whose nested quantifiers backtrack exponentially.
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { inputDerived } from '../cBoundsFacts';
import { guardedByComparison } from '../pdgGuard';
import { scopeOf } from '../walk';

const meta = { cwe: 'CWE-400', severity: 'warning' as const };

export const unboundedBodyRead = callRule({
  ...meta,
  id: 'unbounded-body-read',
  languages: ['python', 'java', 'go', 'javascript', 'typescript'],
  message: 'The whole request body or upload is read into memory with no size limit.',
  fix: "Cap the read (read(MAX + 1), readNBytes, http.MaxBytesReader) or set the framework's maximum content length.",
  callee: {
    python: /\.read$/,
    java: /getInputStream\(\)\.readAllBytes$|\.readAllBytes$/,
    go: /^(io|ioutil)\.ReadAll$/,
    javascript: /\.on$/,
    typescript: /\.on$/,
  },
  when: (call, ctx) => {
    const scope = scopeOf(call.node).text;
    if (ctx.language === 'python') {
      const object = call.name.replace(/\.read$/, '');
      if (call.args.length > 0 || /MAX_CONTENT_LENGTH/.test(ctx.code)) return false;
      return (
        /^request\.(files|stream)\b/.test(object) ||
        (/^\w+$/.test(object) && new RegExp(`\\b${object}\\s*=\\s*request\\.files\\b`).test(scope))
      );
    }
    if (ctx.language === 'java')
      return (
        /getInputStream\(\)/.test(call.name) || (/\b(in|input|body)\b/.test(call.name) && /getInputStream/.test(scope))
      );
    if (ctx.language === 'go') return /^(r|req|request)\.Body$/.test(call.args[0]?.text ?? '');
    // req.on('data', chunk => chunks.push(chunk)) with no running size check.
    const handler = call.args[1];
    return (
      /^['"]data['"]$/.test(call.args[0]?.text ?? '') &&
      !!handler &&
      /\.push\(|\+=/.test(handler.text) &&
      !/\.length\s*>|>\s*\w*MAX|limit/i.test(handler.text)
    );
  },
});

export const unboundedThreadPool = callRule({
  ...meta,
  id: 'java-unbounded-thread-pool',
  languages: ['java'],
  message: 'A cached thread pool starts a new thread for every queued task, so a burst of requests exhausts memory.',
  fix: 'Use a fixed-size pool (newFixedThreadPool) or a ThreadPoolExecutor with a bounded queue.',
  callee: { java: /^Executors\.newCachedThreadPool$/ },
});

export const peerSizedAllocation = callRule({
  ...meta,
  id: 'c-peer-sized-allocation',
  cwe: 'CWE-789',
  languages: ['c', 'cpp'],
  message: 'An allocation is sized by a length received from the peer with no upper limit.',
  fix: 'Reject lengths above a protocol maximum before allocating.',
  callee: { c: /^(malloc|calloc|realloc)$/, cpp: /^(std::)?(malloc|calloc|realloc)$/ },
  when: (call, ctx) => {
    const size = call.name.endsWith('realloc') ? call.args[1] : call.args[0];
    if (size?.type !== 'identifier') return false;
    const fromWire = new RegExp(`\\b${size.text}\\s*=\\s*(ntohl|ntohs|be32toh|be64toh|le32toh)\\s*\\(`).test(
      scopeOf(call.node).text,
    );
    return (fromWire || inputDerived(size.text, call.node, ctx)) && !guardedByComparison(call.node, [size.text], ctx);
  },
});

const REPEATED_GROUP = /\((?:\?:)?((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\})(?:[^()\\]|\\.)*)\)(?:[+*]|\{\d+,\})/g;
const QUANTIFIED_ATOM = /(\\.|\[[^\]]*\]|[^\\()[\]|])(?:[+*?]|\{\d*,?\d*\})/g;

/**
 * A repeated group containing a quantifier with no mandatory literal between repetitions, e.g. (a+)+ or
 * (\w+\s?)*; (?: \w+)* is safe because each repetition must start with the space.
 */
export function nestedQuantifier(pattern: string): boolean {
  for (const m of pattern.matchAll(REPEATED_GROUP)) {
    const body = m[1] ?? '';
    if (body.includes('|')) continue;
    if (body.replace(QUANTIFIED_ATOM, '').replace(/[\^$]/g, '') === '') return true;
  }
  return false;
}

export const redosPattern: QueryRule = {
  id: 'redos-nested-quantifier',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'python', 'java'],
  kind: 'query',
  query: {
    javascript: '(regex pattern: (regex_pattern) @hit)',
    typescript: '(regex pattern: (regex_pattern) @hit)',
    python:
      '(call function: (attribute object: (identifier) @mod attribute: (identifier) @fn) arguments: (argument_list . (string) @hit))',
    java: '(method_invocation object: (identifier) @mod name: (identifier) @fn arguments: (argument_list . (string_literal) @hit))',
  },
  message:
    'The regular expression repeats a group that itself contains a quantifier, so some inputs backtrack exponentially.',
  fix: 'Rewrite the pattern so each character can match in only one way (no nested quantifiers), or limit the input length first.',
  predicate: ({ hit, mod, fn }) =>
    hit !== undefined &&
    (mod === undefined ||
      (/^(re|regex|Pattern)$/.test(mod.text) &&
        /^(compile|match|search|fullmatch|findall|sub|matches)$/.test(fn?.text ?? ''))) &&
    nestedQuantifier(hit.text),
};

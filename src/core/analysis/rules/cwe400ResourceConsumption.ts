// CWE-400 uncontrolled resource consumption: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import type { CallInfo } from '../callInfo';
import { namedChildren, scopeOf } from '../walk';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { codeMentions } from '../codeMentions';
import { csPropertyRule } from '../ruleParts/csharpShape';

const meta = { cwe: 'CWE-400', severity: 'warning' as const };

const NETWORK_READER =
  /TcpStream|UnixStream|TlsStream|stdin\s*\(\)|impl\s+(std::io::)?Read\b|:\s*(std::io::)?Read\s*>|<\s*\w+\s*:\s*(std::io::)?Read\b/;

/** `p.getInputStream()` where `p` is a Process in the function (`Process p = ...`, `.start()`, `.exec(`). */
function javaProcessStream(name: string, scope: string): boolean {
  const owner = /^(\w+)\.getInputStream\(\)/.exec(name)?.[1];
  if (!owner) return /\.(start|exec)\(.*\)\.getInputStream\(\)/.test(name);
  return new RegExp(`\\bProcess\\s+${owner}\\b|\\b${owner}\\s*=\\s*[^;]*\\.(start|exec)\\(`).test(scope);
}

/**
 * PHP `file_get_contents('php://input')` without its length argument; C# a reader's `ReadToEnd` over the request body
 * in an action with no `[RequestSizeLimit]` (nor a `MaxRequestBodySize` set in the method).
 */
function unlimitedRawBody(call: CallInfo, scope: string): boolean {
  if (call.name.startsWith('file_get_contents') || call.name.startsWith('stream_get_contents'))
    return /^['"]php:\/\/input['"]$/.test(call.args[0]?.text ?? '') && call.args.length < 5;
  return /\bRequest\.Body\b/.test(scope) && !/RequestSizeLimit|MaxRequestBodySize/.test(scope);
}

export const unboundedBodyRead = callRule({
  ...meta,
  id: 'unbounded-body-read',
  languages: ['python', 'java', 'go', 'javascript', 'typescript', 'php', 'csharp'],
  message: 'The whole request body or upload is read into memory with no size limit.',
  fix: "Cap the read (read(MAX + 1), readNBytes, http.MaxBytesReader) or set the framework's maximum content length.",
  callee: {
    python: /\.read$|^request\.get_data$/,
    php: /^(file_get_contents|stream_get_contents)$/,
    csharp: /\.ReadToEnd(Async)?$/,
    java: /getInputStream\(\)\.readAllBytes$|\.readAllBytes$/,
    go: /^(io|ioutil)\.ReadAll$/,
    javascript: /\.on$/,
    typescript: /\.on$/,
  },
  when: (call, ctx) => {
    const scope = scopeOf(call.node).text;
    if (ctx.language === 'python' && call.name === 'request.get_data')
      // A length test of the body right after reading it is the fix real code writes (`len(data) > MAX_BYTES`).
      return (
        !codeMentions(ctx, /MAX_CONTENT_LENGTH/) &&
        !/\bcontent_length\b[^\n]{0,20}(>|>=|is None)|\blen\(\s*\w+\s*\)\s*>/.test(scope)
      );
    if (ctx.language === 'php' || ctx.language === 'csharp') return unlimitedRawBody(call, scope);
    if (ctx.language === 'python') {
      const object = call.name.replace(/\.read$/, '');
      if (call.args.length > 0 || codeMentions(ctx, /MAX_CONTENT_LENGTH/)) return false;
      return (
        /^request\.(files|stream)\b/.test(object) ||
        (/^\w+$/.test(object) && new RegExp(`\\b${object}\\s*=\\s*request\\.files\\b`).test(scope))
      );
    }
    // A child process's output (`p.getInputStream()` of a Process) is no request body.
    if (ctx.language === 'java')
      return (
        (/getInputStream\(\)/.test(call.name) && !javaProcessStream(call.name, scope)) ||
        (/\b(in|input|body)\b/.test(call.name) && /\b(req|request)\w*\.getInputStream/.test(scope))
      );
    // net/http `r.Body`, gin/echo `c.Request.Body` / `c.Request().Body`; a MaxBytesReader in the handler caps it.
    if (ctx.language === 'go')
      return (
        /^((r|req|request)|c\.Request(\(\))?)\.Body$/.test(call.args[0]?.text ?? '') && !/MaxBytesReader/.test(scope)
      );
    // req.on('data', chunk => chunks.push(chunk)) with no running size check. The output of a child process the
    // program started (`proc.stdout`), a stream class's own events (`this.on`, `self.on`), the reply to a request the
    // program sent (`res.on` in an HTTP client: a server's `res` emits no data) and the console are no client's body.
    const handler = call.args[1];
    const receiver = call.node.childForFieldName('function')?.childForFieldName('object')?.text ?? '';
    return (
      /^['"]data['"]$/.test(call.args[0]?.text ?? '') &&
      !/\.(stdout|stderr)$|^(this|self)$|^(res|resp|response)$|Response|(^|\.)stdin$/.test(receiver) &&
      !localFileStream(receiver, scope) &&
      !!handler &&
      keepsChunks(handler) &&
      !/\.length\s*>|>\s*[\w.]*max|limit/i.test(handler.text)
    );
  }, // Flask's body cap (`MAX_CONTENT_LENGTH`) is app configuration: a blueprint or views module that does not create the
  // app cannot show it, so there the uncapped `get_data()` is a note, not a counted finding.
  tierOf: (call, ctx) =>
    ctx.language === 'python' && call.name === 'request.get_data' && !codeMentions(ctx, /\bFlask\s*\(/)
      ? 'note'
      : 'finding',
});

/**
 * A `data` handler that keeps the chunks (`chunks.push(c)`, `body += c`), rather than counting them
 * (`size += c.length`, `pending += 1`) or passing them on (`file.write(c)`).
 */
function keepsChunks(handler: SyntaxNode): boolean {
  const params = handler.childForFieldName('parameters') ?? handler.childForFieldName('parameter');
  const first = params ? (namedChildren(params)[0] ?? params) : null;
  const chunk = (first?.childForFieldName('pattern') ?? first)?.text ?? '';
  if (/\.push\(/.test(handler.text)) return true;
  if (!/^[A-Za-z_$][\w$]*$/.test(chunk)) return /\+=/.test(handler.text);
  const mention = new RegExp(`(^|[^\\w$.])${chunk.replace(/\$/g, '\\$')}\\b(?!\\s*\\.\\s*(length|byteLength))`);
  // `lines += c.toString().split('\\n').length` counts too: the sum ends in a length.
  return [...handler.text.matchAll(/\+=([^;\n]*)/g)].some(
    (m) => mention.test(m[1] ?? '') && !/\.(length|byteLength|size)\s*\)?\s*$/.test(m[1] ?? ''),
  );
}

/** `const s = fs.createReadStream(path)`: a file the program opened itself, not a client's body. */
function localFileStream(receiver: string, scope: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(receiver)) return /createReadStream\(/.test(receiver);
  return new RegExp(`\\b${receiver.replace(/\$/g, '\\$')}\\s*=\\s*(fs\\.)?createReadStream\\(`).test(scope);
}

/**
 * A loop that keeps what a socket sends (`chunks.append(data)`, `buf += data`) until the peer stops, with no running
 * size test in the loop: a peer that never stops fills memory.
 */
export const pyUnboundedRecvLoop = callRule({
  ...meta,
  id: 'py-unbounded-recv-loop',
  languages: ['python'],
  message: 'Data received from a socket is collected in a loop with no size limit, so a peer can exhaust memory.',
  fix: 'Count the bytes received and stop (raise or close) once they pass a fixed maximum.',
  callee: { python: /\.recv$/ },
  when: (call) => {
    const loop = ancestorOfType(call.node, 'while_statement');
    const target = call.node.parent?.type === 'assignment' ? call.node.parent.childForFieldName('left')?.text : null;
    if (!loop || !target || !/^\w+$/.test(target)) return false;
    const body = loop.text;
    const keeps = new RegExp(`\\.(append|extend|write)\\(\\s*${target}\\s*\\)|\\+=\\s*${target}\\b`).test(body);
    const sized =
      /(len\s*\([^)]*\)|total|size|count|received)\w*\s*(>=?|<=?)|(>=?|<=?)\s*\w*(MAX|LIMIT|max|limit)/.test(body);
    return keeps && !sized;
  },
});

function ancestorOfType(node: SyntaxNode, type: string): SyntaxNode | null {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === type) return cur;
    if (/^(function_definition|class_definition)$/.test(cur.type)) return null;
  }
  return null;
}

export const unboundedThreadPool = callRule({
  ...meta,
  id: 'java-unbounded-thread-pool',
  languages: ['java'],
  message: 'A cached thread pool starts a new thread for every queued task, so a burst of requests exhausts memory.',
  fix: 'Use a fixed-size pool (newFixedThreadPool) or a ThreadPoolExecutor with a bounded queue.',
  callee: { java: /^Executors\.newCachedThreadPool$/ },
});

export const csMaxBodyUnlimited: QueryRule = csPropertyRule(
  {
    id: 'cs-max-body-unlimited',
    cwe: 'CWE-400',
    severity: 'warning',
    languages: ['csharp'],
    message:
      'A server or form limit is set to unlimited (null or int.MaxValue), so requests can exhaust memory or disk.',
    fix: 'Keep explicit limits sized for the application.',
  },
  /^(MaxRequestBodySize|MultipartBodyLengthLimit|ValueLengthLimit|MaxRequestBufferSize)$/,
  (right) => /^(null|(int|long)\.MaxValue)$/.test(right.text),
);

export const rustUnboundedRead = callRule({
  id: 'rust-unbounded-read',
  cwe: 'CWE-400',
  severity: 'warning',
  languages: ['rust'],
  message: 'read_to_end/read_to_string on a peer-controlled stream grows the buffer without any limit.',
  fix: 'Limit the read with reader.take(MAX) (and fail if the limit is hit), or read a length-prefixed frame with a cap.',
  callee: { rust: /\.read_to_(end|string)$/ },
  when: (call) => !/\.take\s*\(/.test(call.name) && NETWORK_READER.test(scopeOf(call.node).text),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe400ResourceConsumption: readonly Rule[] = [
  unboundedBodyRead,
  pyUnboundedRecvLoop,
  unboundedThreadPool,
  csMaxBodyUnlimited,
  rustUnboundedRead,
];

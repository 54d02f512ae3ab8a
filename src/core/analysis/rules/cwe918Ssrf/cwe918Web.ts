// CWE-918 server-side request forgery (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule, TaintRule, TaintSpec } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { REQUEST_SOURCES } from '../../sources';
import { callRule } from '../../callRule';
import { codeMentions } from '../../codeMentions';
import type { CallInfo } from '../../callInfo';
import { scopeOf } from '../../walk';
import { csFromInput } from '../../ruleParts/csharpShape';

const FIXED_HOST = /^[fFrRbB]?[`'"](https?:)?\/\/[^/{}$'"`+%]+\/[^'"`]*/;

/** A URL whose scheme and host are fixed literals ("https://api.x.com/..."): only the path varies. */
function fixedHost(arg: SyntaxNode | undefined): boolean {
  return FIXED_HOST.test(arg?.text ?? '');
}

/** A module constant holding a literal base URL (`API = "https://api.example.com/v1"`). */
const BASE_URL = /^[rRbB]?['"]https?:\/\/[^/{}$'"%+\s]+(\/[^'"{}]*)?['"]$/;

/**
 * `f"{API}/users/{uid}"` or `API + "/users/" + uid` where API is a module constant with a literal scheme and host:
 * the caller picks a path on that host, not the host.
 */
function constantBase(arg: SyntaxNode | undefined, ctx: RuleContext): boolean {
  const m = /^(?:[fF]['"]\{(\w+)\}(\/|['"])|(\w+)\s*\+\s*[fF]?['"]\/)/.exec(arg?.text ?? '');
  const name = m?.[1] ?? m?.[3];
  if (!name) return false;
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return arg !== undefined && baseFromTable(name, arg, ctx);
  const values = ctx.assignmentsTo(ctx.root, name).filter((a) => a.names.length === 1);
  // An f-string that ends at the constant (`f"{API}"`) takes the whole constant: still a fixed host.
  return values.length === 1 && BASE_URL.test(values[0]!.value.text);
}

/** A module-level dictionary literal every value of which is a literal base URL (`UPSTREAMS = {"users": "http://..."}`). */
function baseUrlTable(table: SyntaxNode | null, ctx: RuleContext): boolean {
  if (!table || !/^[A-Z][A-Z0-9_]*$/.test(table.text)) return false;
  const values = ctx.assignmentsTo(ctx.root, table.text).filter((a) => a.names.length === 1);
  const dict = values.length === 1 ? values[0]!.value : null;
  if (dict?.type !== 'dictionary') return false;
  const entries = dict.namedChildren.filter((p) => p?.type === 'pair');
  return entries.length > 0 && entries.every((p) => BASE_URL.test(p!.childForFieldName('value')?.text ?? ''));
}

/**
 * `base = UPSTREAMS.get(service)` (or `UPSTREAMS[service]`) then `f"{base}/{tail}"`: the host is one of the table's
 * literal base URLs whatever the key (a missing key gives None, never the key).
 */
function baseFromTable(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const values = ctx
    .assignmentsTo(scopeOf(at), name)
    .filter((a) => a.names.length === 1 && a.node.endIndex <= at.startIndex);
  return (
    values.length > 0 &&
    values.every((a) => {
      const v = a.value;
      if (v.type === 'subscript') return baseUrlTable(v.childForFieldName('value'), ctx);
      if (v.type !== 'call' || ctx.callAt(v).last !== 'get' || ctx.callAt(v).args.length !== 1) return false;
      return baseUrlTable(v.childForFieldName('function')?.childForFieldName('object') ?? null, ctx);
    })
  );
}

/** The same for a local: every value assigned to it before the call starts with a fixed scheme and host. */
function fixedHostOrLocal(arg: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (fixedHost(arg) || constantBase(arg, ctx)) return true;
  if (!arg || !/^(identifier|variable_name)$/.test(arg.type)) return false;
  const values = ctx
    .assignmentsTo(scopeOf(arg), arg.text)
    .filter((a) => a.names.length === 1 && a.node.endIndex <= arg.startIndex);
  return values.length > 0 && values.every((a) => !a.augmented && (fixedHost(a.value) || constantBase(a.value, ctx)));
}

/** A module that fetches URLs imports an HTTP client; without one, Python's `session`/`client` is a database or cache. */
const HTTP_CLIENT_IMPORT = /^\s*(import|from)\s+(requests|httpx|aiohttp|urllib3?|http\.client)\b/m;

/** `requests.get`/`urlopen` are HTTP calls by name; a generic receiver (`session.get(Item, id)`) needs such an import. */
function httpClientCall(c: CallInfo, ctx: RuleContext): boolean {
  if (/^(requests|httpx|urllib)\b|^(urlopen|Request)$/.test(c.name)) return true;
  return codeMentions(ctx, HTTP_CLIENT_IMPORT);
}

const SINKS: TaintSpec['sinks'] = {
  python: [
    // Only the URL decides where the request goes: query parameters, headers and bodies do not.
    {
      callee: /^(requests|httpx|session|s|client|http)\.request$/,
      args: [1],
      keywords: ['url'],
      when: (c, ctx) => httpClientCall(c, ctx) && !fixedHostOrLocal(c.args[1] ?? c.keywords.get('url'), ctx),
    },
    {
      callee:
        /^(requests|httpx|session|s|client|http)\.(get|post|put|delete|patch|head|options)$|^(urllib\.request\.)?urlopen$|^(urllib\.request\.)?Request$/,
      args: [0],
      keywords: ['url'],
      when: (c, ctx) => httpClientCall(c, ctx) && !fixedHostOrLocal(c.args[0] ?? c.keywords.get('url'), ctx),
    },
    {
      callee: /^urllib3\.\w+$/,
      when: (c, ctx) => !fixedHostOrLocal(c.args[0] ?? c.keywords.get('url'), ctx),
    },
  ],
  javascript: [
    {
      callee:
        /^(fetch|axios|axios\.(get|post|put|delete|request)|http\.(get|request)|https\.(get|request)|got|request|needle)$/,
      args: [0],
      when: (c, ctx) => !fixedHostOrLocal(c.args[0], ctx),
    },
  ],
  typescript: [
    {
      callee: /^(fetch|axios|axios\.(get|post|put|delete|request)|http\.(get|request)|https\.(get|request)|got)$/,
      args: [0],
      when: (c, ctx) => !fixedHostOrLocal(c.args[0], ctx),
    },
  ],
  // Only the URL decides where the request goes; the method, context and body (`http.NewRequest("PATCH", u, r)`, with
  // a reader named `r`) are what is sent.
  go: [
    {
      callee: /^(http\.(Get|Post|Head)|client\.(Get|Post|Head))$/,
      args: [0],
      when: (c, ctx) => !fixedHostOrLocal(c.args[0], ctx),
    },
    { callee: /^http\.NewRequest$/, args: [1], when: (c, ctx) => !fixedHostOrLocal(c.args[1], ctx) },
    { callee: /^http\.NewRequestWithContext$/, args: [2], when: (c, ctx) => !fixedHostOrLocal(c.args[2], ctx) },
  ],
  java: [
    {
      callee: /^new URL$|^URI\.create$|^new URI$|^new HttpGet$|^new HttpPost$/,
      args: [0],
      when: (c, ctx) => !fixedHostOrLocal(c.args[0], ctx),
    },
    // Spring's RestTemplate fetches the URL it is given first.
    {
      callee: /\.(getForObject|getForEntity|postForObject|postForEntity|exchange|headForHeaders)$/,
      args: [0],
      when: (c, ctx) => !fixedHostOrLocal(c.args[0], ctx),
    },
  ],
  php: [
    { callee: /^(file_get_contents|curl_init|fopen)$/, args: [0], when: (c, ctx) => !fixedHostOrLocal(c.args[0], ctx) },
  ],
};

export const ssrf: TaintRule = {
  id: 'ssrf-request-url',
  cwe: 'CWE-918',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'go', 'java', 'php'],
  message: 'The server fetches a URL whose host comes from outside the code; it can be pointed at internal services.',
  fix: 'Fix the scheme and host in code, or check the parsed host against an allowlist before fetching.',
  kind: 'taint',
  taint: {
    sources: REQUEST_SOURCES,
    sinks: SINKS,
    sanitizers: /(^|\.)(int|Number|parseInt|quote|encodeURIComponent|urlencode|QueryEscape|PathEscape)$/,
    guard:
      /ALLOWED_(HOSTS|DOMAINS)|allowlist|whitelist|\.hostname\s+(not\s+)?in\b|netloc\s+(not\s+)?in\b|\.Host\s*!=|hostname\(?\)?\s*[!=]==?|in_array\(/i,
  },
};

export const csSsrf = callRule({
  id: 'cs-ssrf',
  cwe: 'CWE-918',
  severity: 'warning',
  languages: ['csharp'],
  message: 'The server fetches a URL taken from the request without checking its host.',
  fix: 'Parse the URL with Uri.TryCreate, require https and compare uri.Host against an allow-list before fetching.',
  callee: {
    csharp:
      /\.(GetAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|GetFromJsonAsync|PostAsync|PutAsync|DeleteAsync|DownloadString\w*|DownloadData\w*|OpenRead\w*)$|^WebRequest\.Create$/,
  },
  // `File.OpenRead(path)` opens a file, not a URL (WebClient's OpenRead does fetch).
  when: (call) =>
    !/(^|\.)File\.\w+$/.test(call.name) &&
    csFromInput(call.args[0]) &&
    !/\.(Host|IdnHost|Authority)\b/.test(scopeOf(call.node).text),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe918Web: readonly Rule[] = [ssrf, csSsrf];

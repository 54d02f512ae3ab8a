// Shared rule helpers: reflected XSS taint rules and their escapers.
import type { TaintRule, TaintSpec } from '../Rule';
import { REQUEST_SOURCES } from '../sources';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { exprTainted, taintOf } from '../taint';
import { isCallNode } from '../callInfo';
import { GUARDS } from '../guardShapes';
import { classSanitisers } from '../classSanitisers';
import { QUERY_RESULT } from './queryResult';

export const meta = {
  cwe: 'CWE-79',
  severity: 'error' as const,
  message: 'Untrusted data is written into an HTML response or the DOM without escaping.',
  fix: 'Escape for HTML (html.escape, escape(), htmlspecialchars, textContent) or render through an auto-escaping template.',
};

export const ESCAPERS =
  /(^|\.|->|::)(escape|conditional_escape|format_html|quoteattr|escapejs|escape_html|escapeHtml|html_escape|htmlspecialchars|htmlentities|strip_tags|clean|sanitize|encode|forHtml|htmlEscape|escapeHtml4|HTMLEscapeString|EscapeString|QueryEscape|quote|quote_plus|urlencode|encodeURIComponent|int|float|Number|parseInt|intval|jsonify|json\.dumps|dumps|JSON\.stringify|json_encode|render_template|redirect|url_for|abort|len|bool|str\.isdigit|e|h|has[A-Z]\w*|is[A-Z]\w*|size|length|equals(IgnoreCase)?)$/;

/**
 * Reads that return a file's content: the text is what is on disk, not the request's, whatever path was asked for
 * (a path built from input is the path rules' finding). Not `io.ReadAll`, which also reads request bodies.
 */
const FILE_CONTENT = /(^|\.)(readFileSync|readFile|file_get_contents|ReadFile)$/;

/**
 * A view rendered by a template engine that escapes what it prints (Twig, Blade, Symfony and Laravel views, an MVC
 * view object): `$twig->render('page.twig', $vars)`, `view('page', $data)`, `(new CView('page', $data))->getOutput()`.
 */
const TEMPLATE_RENDER =
  /^(view|View::make|response\(\)->view)$|([tT]wig|[vV]iew|[tT]emplate|[bB]lade|[rR]enderer)(\(.*\))?\)?(->|\.)(render|getOutput)$/;

/**
 * Python HTTP clients (`requests.get(url, params=request.args)`, `session.post(...)`, httpx): the response holds what
 * the remote server sent, not the request's text that chose it (a forged fetch is the SSRF rule's finding).
 */
const HTTP_CLIENT_RESULT = /^(requests|httpx)\.(get|post|put|patch|delete|head|request)$/;

const XSS_SANITIZERS = new RegExp(
  `${ESCAPERS.source}|${FILE_CONTENT.source}|${QUERY_RESULT.source}|${TEMPLATE_RENDER.source}|${HTTP_CLIENT_RESULT.source}`,
);

/** A call to one of the language's markup sanitisers in the guard tables (WordPress's `esc_attr`, `absint`). */
function markupSanitised(n: SyntaxNode, ctx: RuleContext): boolean {
  if (!isCallNode(n)) return false;
  if (!MARKUP_SANITISERS.has(ctx.language))
    MARKUP_SANITISERS.set(ctx.language, classSanitisers(GUARDS[ctx.language], 'markup'));
  return MARKUP_SANITISERS.get(ctx.language)?.test(ctx.callAt(n).name) ?? false;
}
const MARKUP_SANITISERS = new Map<string, RegExp | null>();

export const XSS: TaintSpec = {
  sources: REQUEST_SOURCES,
  sinks: {},
  sanitizers: XSS_SANITIZERS,
  cleanValue: markupSanitised,
};

export function xssTainted(node: SyntaxNode, ctx: RuleContext): boolean {
  return exprTainted(node, XSS, ctx, taintOf(node, 'xss', XSS, ctx));
}

export function reflected(id: string, languages: TaintRule['languages'], sinks: TaintSpec['sinks']): TaintRule {
  return {
    ...meta,
    id,
    kind: 'taint',
    languages,
    taint: { sources: REQUEST_SOURCES, sinks, sanitizers: XSS_SANITIZERS, cleanValue: markupSanitised },
  };
}

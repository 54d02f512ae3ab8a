// CWE-79: untrusted data written into HTML without escaping.
import type { TaintRule, TaintSpec } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { REQUEST_SOURCES } from '../sources';
import { exprTainted, taintOf } from '../taint';
import { nonConstant } from '../ruleHelpers';
import { isBuiltString } from '../stringShape';
import { ancestor, FUNCTION_TYPES } from '../walk';

const meta = {
  cwe: 'CWE-79',
  severity: 'error' as const,
  message: 'Untrusted data is written into an HTML response or the DOM without escaping.',
  fix: 'Escape for HTML (html.escape, escape(), htmlspecialchars, textContent) or render through an auto-escaping template.',
};
const ESCAPERS =
  /(^|\.|->)(escape|escape_html|escapeHtml|html_escape|htmlspecialchars|htmlentities|strip_tags|clean|sanitize|encode|forHtml|htmlEscape|escapeHtml4|HTMLEscapeString|EscapeString|QueryEscape|quote|quote_plus|urlencode|int|float|Number|parseInt|intval|jsonify|json\.dumps|dumps|JSON\.stringify|json_encode|render_template|redirect|url_for|abort|len|bool|str\.isdigit)$/;
const XSS: TaintSpec = { sources: REQUEST_SOURCES, sinks: {}, sanitizers: ESCAPERS };

function xssTainted(node: SyntaxNode, ctx: RuleContext): boolean {
  return exprTainted(node, XSS, ctx, taintOf(node, 'xss', XSS, ctx));
}

export const pyReflectedXss = {
  ...meta,
  id: 'py-reflected-xss',
  kind: 'query' as const,
  languages: ['python' as const],
  query: { python: '(return_statement (_) @value) @hit' },
  predicate: ({ value }: Record<string, SyntaxNode>, ctx: RuleContext): boolean => {
    if (!value || value.type === 'dictionary' || value.type === 'list') return false;
    const fn = ancestor(value, FUNCTION_TYPES);
    const decorated = fn?.parent?.type === 'decorated_definition' ? fn.parent.text : '';
    if (!/@\s*[\w.]+\.(route|get|post)\s*\(/.test(decorated)) return false;
    const target =
      value.type === 'call' &&
      /^(make_response|Response|HttpResponse)$/.test(value.childForFieldName('function')?.text ?? '')
        ? (value.childForFieldName('arguments')?.namedChildren[0] ?? value)
        : value;
    return xssTainted(target, ctx) && (isBuiltString(target, ctx) || target.type !== 'call');
  },
};

export const pyUnsafeMarkup = callRule({
  ...meta,
  id: 'py-unsafe-markup',
  languages: ['python'],
  callee: {
    python: /^(Markup|markupsafe\.Markup|mark_safe|SafeString|render_template_string|flask\.render_template_string)$/,
  },
  when: (call, ctx) =>
    nonConstant(call.args[0]) && (xssTainted(call.args[0]!, ctx) || isBuiltString(call.args[0]!, ctx)),
});

export const pyJinjaNoAutoescape = callRule({
  ...meta,
  id: 'py-jinja-autoescape-off',
  languages: ['python'],
  callee: { python: /^(jinja2\.)?Environment$/ },
  when: (call) =>
    !call.keywords.has('autoescape') || /^(False|None)$/.test(call.keywords.get('autoescape')?.text ?? ''),
});

export const jsDomXss = {
  ...meta,
  id: 'js-dom-html-sink',
  kind: 'query' as const,
  languages: ['javascript' as const, 'typescript' as const],
  query: {
    javascript:
      '(assignment_expression left: (member_expression property: (property_identifier) @prop) right: (_) @value) @hit',
    typescript:
      '(assignment_expression left: (member_expression property: (property_identifier) @prop) right: (_) @value) @hit',
  },
  predicate: ({ prop, value }: Record<string, SyntaxNode>): boolean =>
    /^(innerHTML|outerHTML)$/.test(prop?.text ?? '') &&
    nonConstant(value) &&
    !/sanitize|escape|encode/i.test(value?.text ?? ''),
};

export const jsDocumentWrite = callRule({
  ...meta,
  id: 'js-document-write',
  languages: ['javascript', 'typescript'],
  callee: {
    javascript: /^document\.(write|writeln)$|\.insertAdjacentHTML$/,
    typescript: /^document\.(write|writeln)$|\.insertAdjacentHTML$/,
  },
  when: (call) => call.args.some((a) => nonConstant(a) && !/sanitize|escape|encode/i.test(a.text)),
});

function reflected(id: string, languages: TaintRule['languages'], sinks: TaintSpec['sinks']): TaintRule {
  return { ...meta, id, kind: 'taint', languages, taint: { sources: REQUEST_SOURCES, sinks, sanitizers: ESCAPERS } };
}

export const jsReflectedXss = reflected('js-reflected-xss', ['javascript', 'typescript'], {
  // res.type('html').send(...) and res.status(200).send(...) chain before the sink.
  javascript: [{ callee: /^res(\.\w+\([^()]*\))*\.(send|write|end)$/ }],
  typescript: [{ callee: /^res(\.\w+\([^()]*\))*\.(send|write|end)$/ }],
});
export const goReflectedXss = reflected('go-reflected-xss', ['go'], {
  go: [
    { callee: /^(fmt\.Fprintf|fmt\.Fprint|fmt\.Fprintln|io\.WriteString)$/, args: [1, 2, 3] },
    { callee: /^w\.Write$|^template\.HTML$/ },
  ],
});
export const javaReflectedXss = reflected('java-reflected-xss', ['java'], {
  java: [{ callee: /getWriter\(\)\.(print|println|write|printf|append)$|^out\.(print|println|write)$/ }],
});
export const phpReflectedXss = {
  ...meta,
  id: 'php-reflected-xss',
  kind: 'query' as const,
  languages: ['php' as const],
  query: { php: '[(echo_statement) (print_intrinsic)] @hit' },
  predicate: ({ hit }: Record<string, SyntaxNode>, ctx: RuleContext): boolean =>
    hit !== undefined && hit.namedChildren.some((c) => c !== null && xssTainted(c, ctx)),
};

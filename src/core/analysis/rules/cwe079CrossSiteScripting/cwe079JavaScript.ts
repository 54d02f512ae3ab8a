// CWE-79 cross-site scripting (JavaScript rules): the analyser rules for this weakness, in registry order.
import { expandedText } from '../../localText';
import type { QueryRule, Rule } from '../../Rule';
import { meta, reflected, xssTainted } from '../../ruleParts/reflectedXss';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { nonConstant } from '../../ruleHelpers';
import { callRule } from '../../callRule';
import type { CallInfo } from '../../callInfo';
import type { RuleContext } from '../../RuleContext';
import { inertMarkup } from '../../ruleParts/jsInertMarkup';

const HTML_PROPERTY_WRITE =
  '[(assignment_expression left: (member_expression property: (property_identifier) @prop) right: (_) @value) (augmented_assignment_expression left: (member_expression property: (property_identifier) @prop) right: (_) @value)] @hit';

export const jsDomXss = {
  ...meta,
  id: 'js-dom-html-sink',
  kind: 'query' as const,
  languages: ['javascript' as const, 'typescript' as const],
  query: {
    // `el.innerHTML += row` appends markup just like `=`.
    javascript: HTML_PROPERTY_WRITE,
    typescript: HTML_PROPERTY_WRITE,
  },
  predicate: ({ prop, value }: Record<string, SyntaxNode>, ctx: RuleContext): boolean =>
    /^(innerHTML|outerHTML)$/.test(prop?.text ?? '') &&
    nonConstant(value) &&
    !/sanitize|escape|encode/i.test(value?.text ?? '') &&
    !inertMarkup(value!, ctx),
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

/**
 * res.type('html').send(...) and res.status(200).send(...) chain before the sink; Fastify's reply sends strings as
 * text/plain unless the chain sets an HTML type; jQuery's html/append/... parse their argument as markup.
 */
const JS_HTML_SINKS = [
  { callee: /^res(\.\w+\([^()]*\))*\.(send|write|end)$/ },
  { callee: /^reply(\.\w+\([^()]*\))*\.send$/, when: (call: CallInfo) => /html/i.test(call.name) },
  { callee: /^(\$|jQuery)\([\s\S]*\)\.(html|append|prepend|after|before|replaceWith)$/ },
];

export const jsReflectedXss = reflected('js-reflected-xss', ['javascript', 'typescript'], {
  javascript: JS_HTML_SINKS,
  typescript: JS_HTML_SINKS,
});

const BODY_ASSIGNMENT = '(assignment_expression left: (member_expression) @target right: (_) @value) @hit';

/**
 * Koa (and Koa-like) handlers answer by assigning `ctx.body`; Koa serves a string that starts with `<` as text/html,
 * so markup built around request data is reflected XSS just like `res.send`.
 */
export const koaBodyXss: QueryRule = {
  ...meta,
  id: 'koa-body-xss',
  kind: 'query',
  languages: ['javascript', 'typescript'],
  query: { javascript: BODY_ASSIGNMENT, typescript: BODY_ASSIGNMENT },
  predicate: ({ target, value }, ctx) =>
    target !== undefined &&
    value !== undefined &&
    /^(ctx|context|this)(\.response)?\.body$/.test(target.text) &&
    /<[a-zA-Z!/]/.test(value.text) &&
    xssTainted(value, ctx),
};

/** A sanitiser or escaper of HTML named in the value. */
const SANITISED_HTML = /sanitize|DOMPurify|escape/i;

export const jsxDangerousHtml: QueryRule = {
  id: 'jsx-dangerously-set-inner-html',
  cwe: 'CWE-79',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: {
    // JSX `dangerouslySetInnerHTML={{ __html: x }}` and the object form `React.createElement('div', { dangerouslySetInnerHTML: { __html: x } })`.
    javascript: '[(jsx_attribute (property_identifier) @name) @hit (pair key: (property_identifier) @name) @hit]',
    typescript: '(pair key: (property_identifier) @name) @hit',
  },
  message: 'dangerouslySetInnerHTML renders a string as live markup.',
  fix: 'Render the text as children (React escapes it) or sanitise it with DOMPurify first.',
  predicate: ({ hit, name }) => {
    if (!hit || !name) return false;
    // One finding per use: the JSX attribute, or the `__html` entry of an object.
    const wanted = hit.type === 'jsx_attribute' ? 'dangerouslySetInnerHTML' : '__html';
    if (name.text !== wanted || SANITISED_HTML.test(hit.text)) return false;
    if (/^__html:\s*(['"`][^$]*['"`])\s*$/.test(hit.text)) return false;
    // `const clean = DOMPurify.sanitize(html)` then `__html: clean`: the name's value was sanitised.
    const value = hit.type === 'pair' ? hit.childForFieldName('value') : null;
    return !(value?.type === 'identifier' && SANITISED_HTML.test(expandedText(value)));
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe079JavaScript: readonly Rule[] = [
  jsDomXss,
  jsDocumentWrite,
  jsReflectedXss,
  koaBodyXss,
  jsxDangerousHtml,
];

// CWE-79 cross-site scripting (Java rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { meta, reflected, xssTainted } from '../../ruleParts/reflectedXss';
import { javaHandlerMethod, returnsBody } from '../../ruleParts/javaHandler';

export const javaReflectedXss = reflected('java-reflected-xss', ['java'], {
  java: [{ callee: /getWriter\(\)\.(print|println|write|printf|append)$|^out\.(print|println|write)$/ }],
});

/** A string literal holding a tag: the returned text is markup, not data Spring turns into JSON. */
const MARKUP = /"[^"]*<\/?[a-zA-Z][^"]*"/;

/**
 * A Spring `@RestController` / `@ResponseBody` or JAX-RS method that returns markup built with request data: the body
 * goes to the browser as written (with `produces = TEXT_HTML` or a browser sniffing it).
 */
export const javaHandlerHtmlReturn: QueryRule = {
  ...meta,
  id: 'java-handler-html-return',
  languages: ['java'],
  kind: 'query',
  query: { java: '(return_statement (binary_expression) @value) @hit' },
  predicate: ({ hit, value }, ctx) => {
    if (!hit || !value || !MARKUP.test(value.text)) return false;
    const method = javaHandlerMethod(hit);
    return method !== null && returnsBody(method) && xssTainted(value, ctx);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Java: readonly Rule[] = [javaReflectedXss, javaHandlerHtmlReturn];

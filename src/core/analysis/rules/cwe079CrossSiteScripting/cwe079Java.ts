// CWE-79 cross-site scripting (Java rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import { reflected } from '../../ruleParts/reflectedXss';

export const javaReflectedXss = reflected('java-reflected-xss', ['java'], {
  java: [{ callee: /getWriter\(\)\.(print|println|write|printf|append)$|^out\.(print|println|write)$/ }],
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Java: readonly Rule[] = [javaReflectedXss];

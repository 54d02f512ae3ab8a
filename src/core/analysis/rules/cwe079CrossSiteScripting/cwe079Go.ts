// CWE-79 cross-site scripting (Go rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule, TaintRule } from '../../Rule';
import { reflected } from '../../ruleParts/reflectedXss';
import { goWritesPage } from '../../ruleParts/goResponseWriter';

/**
 * Values that are no longer the client's text: a file's or a program's contents chosen by the request (a path or
 * command weakness, reported by those rules, not reflected XSS), a zeroed buffer sized by it, and JSON from
 * encoding/json, whose Marshal escapes `<`, `>` and `&` as \u003c, \u003e, \u0026 (no markup survives).
 */
const GO_NOT_REFLECTED =
  /^(os\.ReadFile|ioutil\.ReadFile|os\.Open|make|json\.Marshal|json\.MarshalIndent)$|\.(Output|CombinedOutput)$/;

/**
 * A literal format whose every verb prints a number or hex digits (`"%x"`, `"%d items"`): whatever the arguments
 * hold, the response gets only digits and letters a-f, never markup.
 */
function onlyNumericVerbs(format: string): boolean {
  if (!/^"[^"]*"$|^`[^`]*`$/.test(format)) return false;
  const verbs = format.replace(/%%/g, '').match(/%[-+# 0]*\d*(\.\d+)?[a-zA-Z]/g) ?? [];
  return verbs.length > 0 && verbs.every((v) => /[dxXobeEfFgG]$/.test(v));
}

const goReflected = reflected('go-reflected-xss', ['go'], {
  go: [
    {
      callee: /^fmt\.Fprintf$/,
      args: [1, 2, 3],
      when: (call) => goWritesPage(call) && !onlyNumericVerbs(call.args[1]?.text ?? ''),
    },
    { callee: /^(fmt\.Fprint|fmt\.Fprintln|io\.WriteString)$/, args: [1, 2, 3], when: goWritesPage },
    { callee: /^w\.Write$/, when: goWritesPage },
    // template.HTML/JS/URL/... mark a string as already safe, so html/template stops escaping it.
    { callee: /^template\.(HTML|HTMLAttr|JS|JSStr|URL|CSS|Srcset)$/ },
    // gin `c.Writer.Write*`, echo `c.HTML(code, html)` (gin's c.HTML takes a template name and escapes), and
    // `c.Data(code, "text/html", body)` in gin and echo's `c.HTMLBlob`.
    { callee: /^c\.Writer\.(Write|WriteString)$/ },
    { callee: /^c\.(HTML|HTMLBlob)$/, args: [1] },
    { callee: /^c\.Data$/, args: [2], when: (call) => /html/i.test(call.args[1]?.text ?? '') },
  ],
});

export const goReflectedXss: TaintRule = {
  ...goReflected,
  taint: {
    ...goReflected.taint,
    sanitizers: new RegExp(`${goReflected.taint.sanitizers.source}|${GO_NOT_REFLECTED.source}`),
  },
};

export const goTextTemplateHtml: QueryRule = {
  id: 'go-text-template-html',
  cwe: 'CWE-79',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: { go: '(import_spec path: (interpreted_string_literal) @hit)' },
  message: 'text/template does no HTML escaping, yet it renders an HTTP response here.',
  fix: 'Import html/template, which escapes values by context.',
  predicate: ({ hit }, ctx) =>
    hit !== undefined && hit.text === '"text/template"' && /http\.ResponseWriter/.test(ctx.code),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Go: readonly Rule[] = [goReflectedXss, goTextTemplateHtml];

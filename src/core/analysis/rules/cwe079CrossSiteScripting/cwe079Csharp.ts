// CWE-79 cross-site scripting (Csharp rules): the analyser rules for this weakness, in registry order.
import type { Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { csBuilt, csLocalValue, csVariable } from '../../ruleParts/csharpShape';
import { callRule } from '../../callRule';

/** The text (or the local it names) looks like markup. */
function markup(node: SyntaxNode | undefined): boolean {
  if (!node) return false;
  const value = node.type === 'identifier' ? csLocalValue(node.text, node) : node;
  return /<\/?[a-zA-Z]/.test(value?.text ?? '');
}

export const csRawHtml = callRule({
  id: 'cs-raw-html',
  cwe: 'CWE-79',
  severity: 'error',
  languages: ['csharp'],
  message:
    'A value is marked as trusted HTML (Html.Raw, HtmlString, MarkupString), so any markup in it runs in the page.',
  fix: 'Let Razor encode the value, or encode it with HtmlEncoder.Default.Encode before wrapping it.',
  callee: { csharp: /(^|\.)Html\.Raw$|^new (HtmlString|MarkupString)$/ },
  when: (call) => csVariable(call.args[0]),
});

export const csHtmlResponse = callRule({
  id: 'cs-html-response-built',
  cwe: 'CWE-79',
  severity: 'error',
  languages: ['csharp'],
  message: 'An HTML response is assembled from strings with unencoded values.',
  fix: 'Encode each value with HtmlEncoder.Default.Encode (or WebUtility.HtmlEncode), or render a Razor view.',
  callee: { csharp: /(^|\.)Response\.(Write|WriteAsync)$|^Content$|^Results\.(Content|Text)$/ },
  when: (call) => csBuilt(call.args[0]) && (markup(call.args[0]) || call.args.some((a) => /text\/html/.test(a.text))),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Csharp: readonly Rule[] = [csRawHtml, csHtmlResponse];

// CWE-79 cross-site scripting (Python rules): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../../Rule';
import { meta, xssTainted } from '../../ruleParts/reflectedXss';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { FUNCTION_TYPES, ancestor } from '../../walk';
import { isBuiltString } from '../../stringShape';
import { callRule } from '../../callRule';
import { nonConstant } from '../../ruleHelpers';

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
  // The danger is not in the call's arguments, so a check of them is no guard (guardedSink.ts).
  guardable: false,
  languages: ['python'],
  callee: { python: /^(jinja2\.)?Environment$/ },
  when: (call) =>
    !call.keywords.has('autoescape') || /^(False|None)$/.test(call.keywords.get('autoescape')?.text ?? ''),
});

export const templateSafeFilter: QueryRule = {
  id: 'template-safe-filter',
  cwe: 'CWE-79',
  severity: 'warning',
  languages: ['python'],
  kind: 'query',
  query: { python: '(string) @hit' },
  message: 'The template marks a value |safe, turning off auto-escaping for it.',
  fix: 'Drop |safe and let the template escape the value; sanitise with an HTML allow-list if markup is really needed.',
  predicate: ({ hit }) =>
    hit !== undefined && /\{\{[^}]*\|\s*safe\b[^}]*\}\}|\{%\s*autoescape\s+(false|off)/.test(hit.text),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Python: readonly Rule[] = [pyReflectedXss, pyUnsafeMarkup, pyJinjaNoAutoescape, templateSafeFilter];

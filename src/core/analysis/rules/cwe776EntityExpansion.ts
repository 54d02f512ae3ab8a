// CWE-776 recursive XML entity expansion: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { isTainted } from '../ruleHelpers';
import { isConstant } from '../stringShape';
import { FUNCTION_TYPES, IDENTIFIER_TYPES, ancestor, walk } from '../walk';
import { LIBXML_PARSE, optionOn } from '../ruleParts/libxmlOptions';

export const libxmlHugeDocuments = callRule({
  id: 'libxml-huge',
  cwe: 'CWE-776',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  message:
    "The parser lifts libxml2's size and depth limits (huge: true), so nested entities can expand without bound.",
  fix: 'Leave huge off and keep entity substitution disabled.',
  callee: { javascript: LIBXML_PARSE, typescript: LIBXML_PARSE },
  when: (call) => optionOn(call.args, 'huge'),
});

/** The standard library's DOM, pull-DOM and SAX entry points, qualified or imported by name. */
const PY_STDLIB_XML = /^((xml\.dom\.)?(minidom|pulldom)|(xml\.)?sax)\.(parse|parseString)$|^(parse|parseString)$/;

/** A bare `parseString(...)` is the standard library's only when imported from one of its XML modules. */
function stdlibCallee(call: CallInfo, code: string): boolean {
  if (call.name.includes('.')) return true;
  return new RegExp(`from\\s+xml\\.(dom\\.(minidom|pulldom)|sax)\\s+import\\b[^\\n]*\\b${call.name}\\b`).test(code);
}

/** The document comes from input, or from the caller (a parameter of the function that parses it). */
function untrustedDocument(call: CallInfo, ctx: RuleContext): boolean {
  const doc = call.args[0];
  if (!doc || isConstant(doc)) return false;
  if (isTainted(doc, ctx)) return true;
  const fn = ancestor(call.node, FUNCTION_TYPES);
  const params = new Set(
    [...walk(fn?.childForFieldName('parameters') ?? call.node)]
      .filter((n) => IDENTIFIER_TYPES.has(n.type))
      .map((n) => n.text),
  );
  return fn !== null && [...walk(doc)].some((n) => IDENTIFIER_TYPES.has(n.type) && params.has(n.text));
}

/**
 * Python's minidom, pulldom and SAX do not fetch external entities by default (that is CWE-611, py-xxe) but they do
 * expand the internal entities a document declares, so a small nested-entity document grows without bound.
 */
export const pyStdlibEntityExpansion = callRule({
  id: 'py-xml-entity-expansion',
  cwe: 'CWE-776',
  severity: 'warning',
  languages: ['python'],
  message:
    'The standard library XML parser expands the entities the document declares; a small document with nested entities exhausts memory.',
  fix: 'Parse untrusted XML with defusedxml (defusedxml.minidom.parseString, defusedxml.sax.parseString), which refuses entity declarations.',
  callee: { python: PY_STDLIB_XML },
  when: (call, ctx) => !/defusedxml/.test(ctx.code) && stdlibCallee(call, ctx.code) && untrustedDocument(call, ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe776EntityExpansion: readonly Rule[] = [libxmlHugeDocuments, pyStdlibEntityExpansion];

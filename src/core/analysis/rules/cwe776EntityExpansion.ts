// CWE-776 recursive XML entity expansion: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
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

/** Every rule in this file, in the order the registry runs them. */
export const cwe776EntityExpansion: readonly Rule[] = [libxmlHugeDocuments];

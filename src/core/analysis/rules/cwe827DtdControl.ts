// CWE-827 improper control of document type definition: an XML parser told to fetch the document's external DTD or
// to validate against whatever DTD the document names, so an attacker's document decides which URL or file the
// parser reads (and, with entities on, what it expands). Entity substitution itself is CWE-611's rules.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { csMemberRule } from '../ruleParts/csharpShape';
import { LIBXML_PARSE, optionOn } from '../ruleParts/libxmlOptions';

const meta = {
  cwe: 'CWE-827',
  severity: 'error' as const,
  message: "The XML parser loads or validates against the document's own DTD, so the document chooses what is fetched.",
  fix: 'Turn DTD loading off (load_dtd=False, load-external-dtd false, no DTDLOAD/DTDVALID) and validate against a schema you ship.',
};

/** libxml2 option names (C, C++, PHP) that load or validate against the document's DTD. */
const LIBXML_DTD =
  /\b(XML_PARSE_DTDLOAD|XML_PARSE_DTDVALID|XML_PARSE_DTDATTR|LIBXML_DTDLOAD|LIBXML_DTDVALID|LIBXML_DTDATTR)\b/;

export const pyDtdLoad = callRule({
  ...meta,
  id: 'py-xml-dtd-load',
  languages: ['python'],
  callee: { python: /(^|\.)(XMLParser|XMLPullParser|iterparse)$/ },
  when: (call) => /\b(load_dtd|dtd_validation)\s*=\s*True\b/.test(call.node.text),
});

export const javaDtdLoad = callRule({
  ...meta,
  id: 'java-xml-dtd-load',
  languages: ['java'],
  callee: { java: /\.(setFeature|setValidating)$/ },
  when: (call) => {
    if (call.last === 'setValidating') return call.args[0]?.text === 'true';
    return (
      /load-external-dtd|load-dtd-grammar/.test(call.args[0]?.text ?? '') &&
      /^(true|Boolean\.TRUE)$/.test(call.args[1]?.text ?? '')
    );
  },
});

export const libxmlDtdLoad = callRule({
  ...meta,
  id: 'libxml-dtd-load',
  languages: ['c', 'cpp', 'php', 'javascript', 'typescript'],
  callee: {
    c: /^(xmlReadFile|xmlReadMemory|xmlReadDoc|xmlReadFd|xmlCtxtReadFile|xmlCtxtReadMemory|xmlCtxtReadDoc|xmlCtxtUseOptions)$/,
    cpp: /^(xmlReadFile|xmlReadMemory|xmlReadDoc|xmlReadFd|xmlCtxtReadFile|xmlCtxtReadMemory|xmlCtxtReadDoc|xmlCtxtUseOptions)$/,
    php: /^(simplexml_load_string|simplexml_load_file)$|->(loadXML|load|xml|open)$|^XMLReader::(xml|open)$|^new SimpleXMLElement$|->setParserProperty$/,
    javascript: LIBXML_PARSE,
    typescript: LIBXML_PARSE,
  },
  when: (call, ctx) => {
    if (call.name.endsWith('setParserProperty'))
      return /XMLReader::(LOADDTD|VALIDATE)/.test(call.args[0]?.text ?? '') && call.args[1]?.text === 'true';
    if (ctx.language === 'javascript' || ctx.language === 'typescript')
      return optionOn(call.args, 'dtdload') || optionOn(call.args, 'dtdvalid');
    return LIBXML_DTD.test(call.node.text);
  },
});

export const cDtdLoadGlobal: QueryRule = {
  ...meta,
  id: 'c-xml-load-ext-dtd-default',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: {
    c: '(assignment_expression left: (identifier) @name right: (_) @value) @hit',
    cpp: '(assignment_expression left: (identifier) @name right: (_) @value) @hit',
  },
  predicate: ({ name, value }) => name?.text === 'xmlLoadExtDtdDefaultValue' && !!value && value.text !== '0',
};

export const csDtdValidation: QueryRule = csMemberRule(
  { ...meta, id: 'cs-xml-dtd-validation', languages: ['csharp'] },
  /^ValidationType\.DTD$/,
);

/** Every rule in this file, in the order the registry runs them. */
export const cwe827DtdControl: readonly Rule[] = [
  pyDtdLoad,
  javaDtdLoad,
  libxmlDtdLoad,
  cDtdLoadGlobal,
  csDtdValidation,
];

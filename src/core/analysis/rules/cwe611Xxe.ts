// CWE-611: XML parsers configured (or defaulting) to resolve external entities on untrusted input.
import { callRule } from '../callRule';
import { isRequestTainted } from '../ruleHelpers';

const meta = {
  cwe: 'CWE-611',
  severity: 'error' as const,
  message:
    'The XML parser resolves external entities or DTDs; a document can read local files or reach internal hosts.',
  fix: 'Disable DTDs and entity resolution (resolve_entities=False, disallow-doctype-decl) or use defusedxml.',
};

export const pyXxe = callRule({
  ...meta,
  id: 'py-xxe',
  languages: ['python'],
  callee: { python: /(^|\.)(XMLParser|setFeature|fromstring|parse|XML|parseString|iterparse)$/ },
  when: (call, ctx) => {
    if (/defusedxml/.test(ctx.code) || /^(json|ast|urlparse|urllib)/.test(call.name)) return false;
    if (call.last === 'XMLParser')
      return /(resolve_entities|load_dtd)\s*=\s*True|no_network\s*=\s*False/.test(call.node.text);
    if (call.last === 'setFeature')
      return /feature_external_(ges|pes)/.test(call.node.text) && /True|1/.test(call.args[1]?.text ?? '');
    // Parsing request data with lxml or the standard library parsers (entity expansion, CWE-776).
    return (
      /\b(etree|ElementTree|ET|minidom|sax|pulldom|lxml)\b/.test(call.name) &&
      call.args[0] !== undefined &&
      !/resolve_entities\s*=\s*False/.test(ctx.code) &&
      isRequestTainted(call.args[0], ctx)
    );
  },
});

export const javaXxe = callRule({
  ...meta,
  id: 'java-xxe',
  languages: ['java'],
  callee: {
    java: /^(DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|TransformerFactory|SchemaFactory)\.(newInstance|newFactory|newDefaultFactory)$|^new (SAXReader|SAXBuilder)$/,
  },
  when: (_call, ctx) =>
    !/disallow-doctype-decl|FEATURE_SECURE_PROCESSING|external-general-entities|IS_SUPPORTING_EXTERNAL_ENTITIES|SUPPORT_DTD|ACCESS_EXTERNAL_DTD|setExpandEntityReferences\(\s*false/.test(
      ctx.code,
    ),
});

export const nativeXxe = callRule({
  ...meta,
  id: 'native-xxe',
  languages: ['c', 'cpp', 'php'],
  callee: {
    c: /^(xmlReadFile|xmlReadMemory|xmlCtxtReadFile|xmlCtxtReadMemory|xmlReadDoc|xmlCtxtUseOptions|xmlSubstituteEntitiesDefault)$/,
    cpp: /^(xmlReadFile|xmlReadMemory|xmlCtxtReadFile|xmlCtxtReadMemory|xmlReadDoc|xmlCtxtUseOptions|xmlSubstituteEntitiesDefault)$/,
    php: /^(simplexml_load_string|simplexml_load_file|libxml_disable_entity_loader)$|->(loadXML|load)$/,
  },
  when: (call) =>
    /XML_PARSE_NOENT|XML_PARSE_DTDLOAD|LIBXML_NOENT|LIBXML_DTDLOAD/.test(call.node.text) ||
    (/xmlSubstituteEntitiesDefault|libxml_disable_entity_loader/.test(call.name) &&
      /\(\s*(1|false)\s*\)/.test(call.node.text)),
});

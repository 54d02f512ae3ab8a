// CWE-611 XML external entities: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { callRule } from '../callRule';
import { isRequestTainted } from '../ruleHelpers';
import { csMemberRule, csPropertyRule } from '../ruleParts/csharpShape';
import { LIBXML_PARSE, optionOn } from '../ruleParts/libxmlOptions';

const meta = {
  cwe: 'CWE-611',
  severity: 'error' as const,
  message:
    'The XML parser resolves external entities or DTDs; a document can read local files or reach internal hosts.',
  fix: 'Disable DTDs and entity resolution (resolve_entities=False, disallow-doctype-decl) or use defusedxml.',
};

/**
 * Feature names whose `true` value enables entity resolution, and the one whose `false` does. Loading an external
 * DTD alone (load-external-dtd, load_dtd, DTDLOAD) is CWE-827's (cwe827DtdControl.ts).
 */
const ENABLES = /IS_SUPPORTING_EXTERNAL_ENTITIES|SUPPORT_DTD|external-general-entities|external-parameter-entities/;

const DISABLES = /disallow-doctype-decl|FEATURE_SECURE_PROCESSING/;

export const pyXxe = callRule({
  ...meta,
  id: 'py-xxe',
  languages: ['python'],
  callee: { python: /(^|\.)(XMLParser|setFeature|fromstring|parse|XML|parseString|iterparse)$/ },
  when: (call, ctx) => {
    if (/defusedxml/.test(ctx.code) || /^(json|ast|urlparse|urllib)/.test(call.name)) return false;
    if (call.last === 'XMLParser') return /resolve_entities\s*=\s*True|no_network\s*=\s*False/.test(call.node.text);
    if (call.last === 'setFeature')
      return /feature_external_(ges|pes)/.test(call.node.text) && /True|1/.test(call.args[1]?.text ?? '');
    // Parsing request data with lxml or ElementTree; minidom, pulldom and SAX resolve no external entities by
    // default, and their entity expansion is CWE-776's (py-xml-entity-expansion).
    return (
      /\b(etree|ElementTree|ET|lxml)\b/.test(call.name) &&
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
    /XML_PARSE_NOENT|LIBXML_NOENT/.test(call.node.text) ||
    (/xmlSubstituteEntitiesDefault|libxml_disable_entity_loader/.test(call.name) &&
      /\(\s*(1|false)\s*\)/.test(call.node.text)),
});

export const csDtdParse: QueryRule = csMemberRule(
  {
    id: 'cs-xml-dtd-parse',
    cwe: 'CWE-611',
    severity: 'error',
    languages: ['csharp'],
    message: 'DTD processing is enabled, so a document can declare external entities that read files or call URLs.',
    fix: 'Leave DtdProcessing at Prohibit (or Ignore) and XmlResolver null.',
  },
  /^DtdProcessing\.Parse$/,
);

export const csXmlResolver: QueryRule = csPropertyRule(
  {
    id: 'cs-xml-resolver-set',
    cwe: 'CWE-611',
    severity: 'error',
    languages: ['csharp'],
    message: 'An XmlResolver is attached, so external entities and DTDs in the document are fetched.',
    fix: 'Set XmlResolver = null (the default on modern .NET) before loading untrusted XML.',
  },
  /^XmlResolver$/,
  (right) => right.text !== 'null',
);

export const libxmlEntityExpansion = callRule({
  id: 'libxml-noent',
  cwe: 'CWE-611',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message:
    'The XML parser substitutes entities (noent: true), so a document can read local files or reach internal URLs.',
  fix: 'Parse with { noent: false, nonet: true } (the defaults) and reject documents with a DOCTYPE.',
  callee: { javascript: LIBXML_PARSE, typescript: LIBXML_PARSE },
  when: (call) => optionOn(call.args, 'noent'),
});

export const javaEntityFeatureOn = callRule({
  id: 'java-xxe-feature-on',
  cwe: 'CWE-611',
  severity: 'error',
  languages: ['java'],
  message: 'The XML factory is configured to resolve external entities, so a document can read local files.',
  fix: 'Set IS_SUPPORTING_EXTERNAL_ENTITIES and SUPPORT_DTD to false (or disallow-doctype-decl to true).',
  callee: { java: /\.(setProperty|setFeature)$/ },
  when: (call) => {
    const [name, value] = [call.args[0]?.text ?? '', call.args[1]?.text ?? ''];
    if (ENABLES.test(name)) return /^(true|Boolean\.TRUE)$/.test(value);
    return DISABLES.test(name) && /^(false|Boolean\.FALSE)$/.test(value);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe611Xxe: readonly Rule[] = [
  pyXxe,
  javaXxe,
  nativeXxe,
  csDtdParse,
  csXmlResolver,
  libxmlEntityExpansion,
  javaEntityFeatureOn,
];

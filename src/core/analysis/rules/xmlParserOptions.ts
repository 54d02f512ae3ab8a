// CWE-611/776: XML parsers told to expand entities: libxmljs options (noent, huge) and Java factories
// whose external-entity features are set to true (the factory-level rule accepts any mention as hardening).
import { callRule } from '../callRule';

const LIBXML_PARSE = /(^|\.)(parseXml|parseXmlString|parseXmlAsync|parseHtml|parseHtmlString|fromXml)$/;

/** The options object passed to the parser has `flag: true`. */
function optionOn(args: { type: string; text: string }[], flag: string): boolean {
  return args.some((a) => a.type === 'object' && new RegExp(`\\b${flag}\\s*:\\s*true\\b`).test(a.text));
}

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

/** Feature names whose `true` value enables entity resolution, and the one whose `false` does. */
const ENABLES =
  /IS_SUPPORTING_EXTERNAL_ENTITIES|SUPPORT_DTD|external-general-entities|external-parameter-entities|load-external-dtd/;
const DISABLES = /disallow-doctype-decl|FEATURE_SECURE_PROCESSING/;

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

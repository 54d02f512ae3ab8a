// CWE-611 XML external entities: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'py-xxe',
    'python',
    'from lxml import etree\np = etree.XMLParser(resolve_entities=True)\n',
    'from lxml import etree\np = etree.XMLParser(resolve_entities=False)\n',
  ],
  [
    'java-xxe',
    'java',
    'class A { void f() { DocumentBuilderFactory d = DocumentBuilderFactory.newInstance(); } }\n',
    'class A { void f() throws Exception { DocumentBuilderFactory d = DocumentBuilderFactory.newInstance(); d.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); } }\n',
  ],
  [
    'libxml-noent',
    'javascript',
    'const doc = libxmljs.parseXmlString(body, { noent: true });\n',
    'const doc = libxmljs.parseXmlString(body, { noent: false, nonet: true });\n',
    { requireCleanParse: true },
  ],
  [
    'java-xxe-feature-on',
    'java',
    'class X { void x(SAXParserFactory f) throws Exception { f.setFeature("http://xml.org/sax/features/external-general-entities", true); } }',
    'class X { void x(SAXParserFactory f) throws Exception { f.setFeature("http://xml.org/sax/features/external-general-entities", false); } }',
    { requireCleanParse: true },
  ],
  [
    'java-xxe-feature-on',
    'java',
    'class X { void x(DocumentBuilderFactory f) throws Exception { f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false); } }',
    'class X { void x(DocumentBuilderFactory f) throws Exception { f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); } }',
    { requireCleanParse: true },
  ],
  [
    'cs-xml-dtd-parse',
    'csharp',
    m('return new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };'),
    m('return new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };'),
    { requireCleanParse: true },
  ],
  [
    'cs-xml-resolver-set',
    'csharp',
    m('return new XmlDocument { XmlResolver = new XmlUrlResolver() };'),
    m('return new XmlDocument { XmlResolver = null };'),
    { requireCleanParse: true },
  ],
];

describeRuleCases('CWE-611 XML external entities', CASES);

// CWE-827 DTD loading: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'py-xml-dtd-load',
    'python',
    'from lxml import etree\ndef load(data):\n    parser = etree.XMLParser(load_dtd=True, resolve_entities=False)\n    return etree.fromstring(data, parser)\n',
    'from lxml import etree\ndef load(data):\n    parser = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)\n    return etree.fromstring(data, parser)\n',
    { cwe: 'CWE-827' },
  ],
  [
    'java-xml-dtd-load',
    'java',
    'import javax.xml.parsers.*;\nclass X { DocumentBuilderFactory f() throws Exception { DocumentBuilderFactory f = DocumentBuilderFactory.newInstance(); f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", true); return f; } }\n',
    'import javax.xml.parsers.*;\nclass X { DocumentBuilderFactory f() throws Exception { DocumentBuilderFactory f = DocumentBuilderFactory.newInstance(); f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); return f; } }\n',
  ],
  [
    'java-xml-dtd-load',
    'java',
    'import javax.xml.parsers.*;\nclass X { SAXParserFactory f() { SAXParserFactory f = SAXParserFactory.newInstance(); f.setValidating(true); return f; } }\n',
    'import javax.xml.parsers.*;\nclass X { SAXParserFactory f() { SAXParserFactory f = SAXParserFactory.newInstance(); f.setValidating(false); return f; } }\n',
    { name: 'DTD validation' },
  ],
  [
    'libxml-dtd-load',
    'c',
    '#include <libxml/parser.h>\nxmlDocPtr load(const char *buf, int n) { return xmlReadMemory(buf, n, "in.xml", NULL, XML_PARSE_DTDLOAD | XML_PARSE_DTDVALID); }\n',
    '#include <libxml/parser.h>\nxmlDocPtr load(const char *buf, int n) { return xmlReadMemory(buf, n, "in.xml", NULL, XML_PARSE_NONET); }\n',
  ],
  [
    'libxml-dtd-load',
    'php',
    '<?php\nfunction feed(string $xml): DOMDocument { $d = new DOMDocument(); $d->loadXML($xml, LIBXML_DTDLOAD | LIBXML_DTDATTR); return $d; }\n',
    '<?php\nfunction feed(string $xml): DOMDocument { $d = new DOMDocument(); $d->loadXML($xml, LIBXML_NONET); return $d; }\n',
  ],
  [
    'libxml-dtd-load',
    'javascript',
    "const libxmljs = require('libxmljs');\nfunction load(xml) { return libxmljs.parseXml(xml, { dtdload: true, dtdvalid: true }); }\n",
    "const libxmljs = require('libxmljs');\nfunction load(xml) { return libxmljs.parseXml(xml, { dtdload: false, nonet: true }); }\n",
  ],
  [
    'c-xml-load-ext-dtd-default',
    'c',
    '#include <libxml/parser.h>\nvoid init(void) { xmlLoadExtDtdDefaultValue = 1; }\n',
    '#include <libxml/parser.h>\nvoid init(void) { xmlLoadExtDtdDefaultValue = 0; }\n',
  ],
  [
    'cs-xml-dtd-validation',
    'csharp',
    'using System.Xml;\nclass R { XmlReaderSettings S() { var s = new XmlReaderSettings(); s.ValidationType = ValidationType.DTD; return s; } }\n',
    'using System.Xml;\nclass R { XmlReaderSettings S() { var s = new XmlReaderSettings(); s.ValidationType = ValidationType.Schema; return s; } }\n',
  ],
];

describeRuleCases('CWE-827 DTD loading', CASES);

// CWE-776 recursive XML entity expansion: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'libxml-huge',
    'typescript',
    'const doc = parseXml(body, { huge: true });\n',
    'const doc = parseXml(body, { huge: false });\n',
    { requireCleanParse: true },
  ],
  [
    'py-xml-entity-expansion',
    'python',
    'from flask import request\nfrom xml.dom import minidom\n\ndef feed():\n    doc = minidom.parseString(request.data)\n    return str(len(doc.getElementsByTagName("item")))\n',
    'from flask import request\nfrom defusedxml import minidom\n\ndef feed():\n    doc = minidom.parseString(request.data)\n    return str(len(doc.getElementsByTagName("item")))\n',
    { requireCleanParse: true, cwe: 'CWE-776', name: 'minidom on the request body, or defusedxml' },
  ],
  [
    'py-xml-entity-expansion',
    'python',
    'import xml.sax\n\ndef count(xml_text, handler):\n    xml.sax.parseString(xml_text, handler)\n',
    'import xml.sax\n\ndef count(handler):\n    xml.sax.parseString(b"<items/>", handler)\n',
    { requireCleanParse: true, name: "SAX on the caller's document, or on a constant one" },
  ],
  [
    'py-xml-entity-expansion',
    'python',
    'from xml.dom.minidom import parseString\n\ndef load(body):\n    return parseString(body)\n',
    'from json import loads as parseString\n\ndef load(body):\n    return parseString(body)\n',
    { requireCleanParse: true, name: 'a bare parseString counts only when imported from the XML modules' },
  ],
];

describeRuleCases('CWE-776 recursive XML entity expansion', CASES);

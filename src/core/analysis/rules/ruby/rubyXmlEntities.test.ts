// Ruby CWE-611 rule: entity substitution or DTD loading switched on in Nokogiri is reported, in the parse block and
// as a ParseOptions constant; the default options and `nonet` are not (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-xml-entities',
    'ruby',
    'def read_order(xml)\n  Nokogiri::XML(xml) { |config| config.strict.noent }\nend\n',
    'def read_order(xml)\n  Nokogiri::XML(xml) { |config| config.strict.nonet }\nend\n',
    { requireCleanParse: true, name: 'noent in the parse block, or nonet' },
  ],
  [
    'ruby-xml-entities',
    'ruby',
    'doc = Nokogiri::XML(body, nil, "UTF-8", Nokogiri::XML::ParseOptions::DTDLOAD)\n',
    'doc = Nokogiri::XML(body, nil, "UTF-8", Nokogiri::XML::ParseOptions::DEFAULT_XML)\n',
    { requireCleanParse: true, name: 'DTDLOAD as the options argument, or the default options' },
  ],
];

describeRuleCases('Ruby XML entity options', CASES);

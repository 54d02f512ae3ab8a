// CWE-611 XML external entities in Ruby: Nokogiri (and libxml-ruby) leave entities unexpanded and the network off by
// default; the `noent` and `dtdload` options turn on substitution and DTD loading, so a DOCTYPE can pull in local
// files or internal URLs. Both spellings count: `config.noent` in the parse block and `ParseOptions::NOENT`.
import type { QueryRule, Rule } from '../../Rule';

/** The option method (`config.strict.noent`) or the constant (`Nokogiri::XML::ParseOptions::DTDLOAD`). */
const ENTITY_OPTION = /^(noent|dtdload|NOENT|DTDLOAD)$/;

export const rubyXmlEntities: QueryRule = {
  id: 'ruby-xml-entities',
  cwe: 'CWE-611',
  severity: 'error',
  languages: ['ruby'],
  message:
    'The XML parser is told to substitute entities or load DTDs (noent, dtdload), so a document can read local files or reach internal URLs.',
  fix: "Keep Nokogiri's defaults for data from outside (`Nokogiri::XML(xml) { |c| c.strict.nonet }`) and never set noent or dtdload.",
  kind: 'query',
  query: { ruby: '[(call method: (identifier) @name) (scope_resolution name: (constant) @name)] @hit' },
  predicate: ({ name }) => !!name && ENTITY_OPTION.test(name.text),
  guardable: false,
};

export const rubyXml: readonly Rule[] = [rubyXmlEntities];

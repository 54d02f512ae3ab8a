// Ruby CWE-185 rule: `^...$` used to validate a value (match?, =~, directly or through a constant) is reported;
// `\A...\z`, an escaped dollar, and per-line loops where a line is the whole value are not (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-line-anchor-validation',
    'ruby',
    'SLUG = /^[a-z0-9-]+$/\n\ndef slug?(value)\n  value.match?(SLUG)\nend\n',
    'SLUG = /\\A[a-z0-9-]+\\z/\n\ndef slug?(value)\n  value.match?(SLUG)\nend\n',
    { requireCleanParse: true, name: 'a constant pattern with line anchors, or string anchors' },
  ],
  [
    'ruby-line-anchor-validation',
    'ruby',
    'def create\n  return head :bad_request unless params[:zip] =~ /^\\d{5}$/\n  head :ok\nend\n',
    'def create\n  return head :bad_request unless params[:zip] =~ /\\A\\d{5}\\z/\n  head :ok\nend\n',
    { requireCleanParse: true, name: 'a request value tested with =~' },
  ],
  [
    'ruby-line-anchor-validation',
    'ruby',
    'def amount?(text)\n  /^\\d+$/.match?(text)\nend\n',
    'def settings(path)\n  File.foreach(path) { |entry| puts entry if entry =~ /^\\w+=.*$/ }\nend\n',
    { requireCleanParse: true, name: 'a pattern as receiver, or a per-line loop over a file' },
  ],
];

CASES.push([
  'ruby-line-anchor-validation',
  'ruby',
  'def keep(names)\n  names.each { |n| raise ArgumentError unless n =~ /^[a-z_]+$/ }\nend\n',
  'class Proxy\n  instance_methods.each { |m| undef_method m unless /^__|^object_id$/.match?(m) }\nend\n',
  { requireCleanParse: true, name: "elements of a caller's list; method names from reflection" },
]);

describeRuleCases('Ruby line anchors in validations', CASES);

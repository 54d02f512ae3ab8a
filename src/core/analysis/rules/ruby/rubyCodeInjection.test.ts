// Ruby CWE-95 and CWE-470 rules: each flags its vulnerable snippet and stays silent on the safe twin (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'ruby-eval-input',
    'ruby',
    'def calc\n  eval("1 + #{params[:n]}")\nend\n',
    'def calc\n  eval("1 + #{params[:n].to_i}")\nend\n',
    { requireCleanParse: true, name: 'eval of interpolated input, or of a number made from it' },
  ],
  [
    'ruby-eval-input',
    'ruby',
    'class Widget\n  def configure(source)\n    instance_eval(source)\n  end\nend\n',
    'class Widget\n  def configure(&block)\n    instance_eval(&block)\n  end\nend\n',
    { requireCleanParse: true, name: 'instance_eval of a string parameter, or of a block of our code' },
  ],
  [
    'ruby-reflection-input',
    'ruby',
    'def export\n  @report.send(params[:format])\nend\n',
    'FORMATS = %w[csv pdf].freeze\ndef export\n  format = params[:format]\n  return head(:bad_request) unless FORMATS.include?(format)\n  @report.public_send(format)\nend\n',
    { requireCleanParse: true, name: 'send with a method name from the request, or after an allow-list check' },
  ],
  [
    'ruby-reflection-input',
    'ruby',
    'def record\n  params[:type].constantize.find(params[:id])\nend\n',
    'TYPES = { "post" => Post, "comment" => Comment }.freeze\ndef record\n  TYPES.fetch(params[:type]).find(params[:id])\nend\n',
    { requireCleanParse: true, name: 'constantize of a class name from the request, or a look-up in our table' },
  ],
];

describeRuleCases('Ruby code injection (CWE-95) and unsafe reflection (CWE-470)', CASES);

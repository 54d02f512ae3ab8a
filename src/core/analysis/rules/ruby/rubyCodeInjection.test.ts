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
  [
    'ruby-template-input',
    'ruby',
    'require "erb"\ndef preview\n  ERB.new(params[:template]).result(binding)\nend\n',
    'require "erb"\nTEMPLATE = ERB.new(File.read("app/views/preview.erb"))\ndef preview\n  name = params[:name]\n  TEMPLATE.result_with_hash(name: name)\nend\n',
    { requireCleanParse: true, name: 'ERB compiled from the request, or a template file given the input as a value' },
  ],
  [
    'ruby-template-input',
    'ruby',
    'def banner\n  render inline: "<h1>#{params[:title]}</h1>"\nend\n',
    'def banner\n  render inline: "<h1><%= title %></h1>", locals: { title: params[:title] }\nend\n',
    { requireCleanParse: true, name: 'render inline: with input spliced in, or passed as a local' },
  ],
  [
    'ruby-eval-input',
    'ruby',
    'class Color\n  def self.define(names)\n    names.each { |m| class_eval("def #{m}?; end") }\n  end\nend\n',
    'class Color\n  NAMES = %i[red green].freeze\n  %w[red green].each do |m|\n    class_eval("def #{m}?; @c == :#{m}; end", __FILE__, __LINE__)\n  end\n  NAMES.each { |n| class_eval "def #{n}!; @c = :#{n}; end" }\n  shades = %w[light dark]\n  shades.each { |s| class_eval("def #{s}?; end") }\nend\n',
    { requireCleanParse: true, name: 'methods defined from a list handed in, or from a fixed list of names' },
  ],
  [
    'ruby-eval-input',
    'ruby',
    'class Lexer\n  def step(source, stream)\n    instance_eval(source)\n  end\nend\n',
    'class Lexer\n  def step(rule, stream)\n    instance_exec(stream, &rule.callback)\n  end\nend\n',
    { requireCleanParse: true, name: 'instance_eval of a string, or instance_exec of a block with a value' },
  ],
];

describeRuleCases('Ruby code injection (CWE-95, CWE-94 templates) and unsafe reflection (CWE-470)', CASES);

// CWE-185 in Ruby: `^` and `$` match at every line break, not at the ends of the string, so a validation such as
// `link.match?(/^https?:\/\/\S+$/)` accepts "javascript:alert(1)\nhttp://x" on its second line. Reported when a
// pattern anchored with `^...$` tests a whole value (match?, =~, !~), directly or through a constant; `\A...\z` is
// the fix. Loops over lines (each_line, foreach) and values named line are skipped: there a line is the whole value;
// so are the elements of reflection lists (`instance_methods.each { |m| ... }`): names hold no line break.
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { namedChildren, walk } from '../../walk';

const TESTS = new Set(['match?']);
const TEST_OPERATOR = /^(=~|!~)$/;
/** Blocks whose element is one line of text, so a line anchor is the value's own start and end. */
const PER_LINE = /(^|\.)(each_line|foreach|readlines|lines|gets|grep)$|^\s*(File|IO)\.foreach\b/;
const LINE_NAME = /line|row|header/i;

/** `/^...$/` or `%r{^...$}`: first part starts with ^, last part is literal text ending with an unescaped $. */
function lineAnchored(regex: SyntaxNode): boolean {
  const parts = namedChildren(regex);
  const first = parts[0];
  const last = parts.at(-1);
  return !!first && !!last && first.text.startsWith('^') && last.type === 'string_content' && last.text.endsWith('$');
}

/** The value the pattern is tested against, when `node` (the pattern or its constant) is used as a test. */
function testedValue(node: SyntaxNode): SyntaxNode | null {
  const parent = node.parent;
  if (!parent) return null;
  if (parent.type === 'binary') {
    const op = parent.childForFieldName('operator')?.text ?? '';
    if (!TEST_OPERATOR.test(op)) return null;
    const left = parent.childForFieldName('left');
    return left && left.startIndex === node.startIndex ? parent.childForFieldName('right') : left;
  }
  const call = parent.type === 'argument_list' ? parent.parent : parent;
  if (call?.type !== 'call' || !TESTS.has(call.childForFieldName('method')?.text ?? '')) return null;
  const receiver = call.childForFieldName('receiver');
  // `pattern.match?(value)` or `value.match?(pattern)`.
  const args = call.childForFieldName('arguments');
  return receiver && receiver.startIndex === node.startIndex ? ((args && namedChildren(args)[0]) ?? null) : receiver;
}

/** Inside a block that walks lines (`text.each_line do |l|`, `File.foreach(path) { ... }`). */
function inLineLoop(node: SyntaxNode): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type !== 'block' && cur.type !== 'do_block') continue;
    const call = cur.parent;
    const method = call?.type === 'call' ? (call.childForFieldName('method')?.text ?? '') : '';
    if (PER_LINE.test(method) || (call && PER_LINE.test(call.text.slice(0, 40)))) return true;
  }
  return false;
}

/** Ruby's reflection lists: method, constant and variable names, which hold no line break to smuggle one past `$`. */
const REFLECTION =
  /(^|\.)(instance_methods|public_instance_methods|private_instance_methods|methods|public_methods|singleton_methods|constants|instance_variables|class_variables|local_variables|global_variables)\b/;

/** `value` is the element of a block walking a reflection list (`instance_methods.each { |m| ... }`). */
function reflectedName(value: SyntaxNode, use: SyntaxNode): boolean {
  for (let cur = use.parent; cur; cur = cur.parent) {
    if (cur.type !== 'block' && cur.type !== 'do_block') continue;
    const params = namedChildren(cur).find((c) => c.type === 'block_parameters')?.text ?? '';
    const receiver = cur.parent?.type === 'call' ? (cur.parent.childForFieldName('receiver')?.text ?? '') : '';
    if (new RegExp(`\\b${value.text}\\b`).test(params)) return REFLECTION.test(receiver);
  }
  return false;
}

function validates(use: SyntaxNode): boolean {
  const value = testedValue(use);
  return !!value && !LINE_NAME.test(value.text) && !inLineLoop(use) && !reflectedName(value, use);
}

/** The pattern's uses as a test: itself, or every use of the constant it is assigned to. */
function uses(regex: SyntaxNode, root: SyntaxNode): SyntaxNode[] {
  const parent = regex.parent;
  const name = parent?.type === 'assignment' ? parent.childForFieldName('left') : null;
  if (name?.type !== 'constant') return [regex];
  return [...walk(root)].filter(
    (n) => n.type === 'constant' && n.text === name.text && n.startIndex !== name.startIndex,
  );
}

export const rubyLineAnchors: QueryRule = {
  id: 'ruby-line-anchor-validation',
  cwe: 'CWE-185',
  severity: 'warning',
  languages: ['ruby'],
  message:
    'A value is validated with ^ and $, which in Ruby match at line breaks, so a value with a newline passes on one good line.',
  fix: 'Anchor to the whole string with \\A and \\z (`/\\A[a-z0-9_]+\\z/`).',
  kind: 'query',
  query: { ruby: '(regex) @hit' },
  predicate: ({ hit }, ctx) => !!hit && lineAnchored(hit) && uses(hit, ctx.root).some(validates),
  guardable: false,
};

export const rubyLineAnchorRules: readonly Rule[] = [rubyLineAnchors];

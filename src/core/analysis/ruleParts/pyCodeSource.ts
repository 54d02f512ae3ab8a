// Where the code a Python exec/eval/compile runs comes from, when it is the program's own: a script file it was asked
// to run (runpy, profilers, config loaders), or a code object compiled just before in the same function (the
// compile call is the one reported). Neither is code built from input: the file's author wrote it.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import type { FindingTier } from '../Finding';
import type { CallInfo } from '../callInfo';
import { FUNCTION_TYPES, ancestor } from '../walk';
import { taintedTier } from '../ruleHelpers';

const READ = /^(read|read_text|read_bytes)$/;
const OPEN = /^(open|io\.open|tokenize\.open|codecs\.open)\s*\(/;

/** `NAME` is a file the function opened (`with open(p) as NAME`, `NAME = open(p)`). */
function openedFile(name: string, scopeText: string): boolean {
  const escaped = name.replace(/\./g, '\\.');
  return (
    new RegExp(`\\b(io\\.|tokenize\\.|codecs\\.)?open\\s*\\([^\\n]*\\bas\\s+${escaped}\\b`).test(scopeText) ||
    new RegExp(`(^|\\s)${escaped}\\s*=\\s*(io\\.|tokenize\\.|codecs\\.)?open\\s*\\(`, 'm').test(scopeText)
  );
}

/** `f.read()`, `open(p).read()`, `path.read_text()`: the content of a file on disk. */
function fileContent(node: SyntaxNode, scopeText: string): boolean {
  if (node.type !== 'call') return false;
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute' || !READ.test(fn.childForFieldName('attribute')?.text ?? '')) return false;
  const receiver = fn.childForFieldName('object');
  if (!receiver) return false;
  if (fn.childForFieldName('attribute')?.text !== 'read') return true;
  return OPEN.test(receiver.text) || openedFile(receiver.text, scopeText);
}

function compileCall(node: SyntaxNode): boolean {
  return node.type === 'call' && /^(builtins\.)?compile$/.test(node.childForFieldName('function')?.text ?? '');
}

/** The value the function last bound to a plain name before `at`, or the node itself. */
function boundValue(node: SyntaxNode, at: SyntaxNode, fn: SyntaxNode | null, ctx: RuleContext): SyntaxNode {
  if (node.type !== 'identifier' || !fn) return node;
  const before = ctx
    .assignmentsTo(fn, node.text)
    .filter((a) => a.names.length === 1 && a.node.endIndex <= at.startIndex);
  return before[before.length - 1]?.value ?? node;
}

/** The code argument is a script file's content or a code object compiled in this function. */
export function pyProgramOwnCode(code: SyntaxNode | undefined, call: SyntaxNode, ctx: RuleContext): boolean {
  if (!code) return false;
  const fn = ancestor(call, FUNCTION_TYPES);
  const scopeText = (fn ?? ctx.root).text;
  const value = boundValue(code, call, fn, ctx);
  if (value !== code && compileCall(value)) return true;
  const source = compileCall(value) ? value.childForFieldName('arguments')?.namedChildren[0] : value;
  return !!source && fileContent(boundValue(source, call, fn, ctx), scopeText);
}

/** The tier of an exec/eval/compile call: a note for the program's own code, else by whether input reaches it. */
export function pyCodeTier(code: SyntaxNode | undefined, call: CallInfo, ctx: RuleContext): FindingTier {
  return pyProgramOwnCode(code, call.node, ctx) ? 'note' : taintedTier(code, ctx);
}

// A value with every character outside a small class deleted: `preg_replace('/[^a-z0-9_]/i', '', $x)`,
// `re.sub(r"[^\w-]", "", x)`, `x.replace(/[^a-z0-9-]/g, "")`. What is left is letters, digits, `_` and `-`: no quote,
// markup, shell, path or query syntax, so for injection rules it is as inert as a number.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isCallNode } from './callInfo';

/** A negated class of word characters only, optionally repeated: `[^a-zA-Z0-9_-]`, `[^\w-]+`. */
const NEGATED_WORD_CLASS = /^\[\^(a-z|A-Z|0-9|_|\\w|\\d|\\-|-)+\]\+?$/;
const EMPTY = /^(['"])\1$/;

/** The pattern between a PHP regex's delimiters (`'/.../i'` -> `...`), or a Python string's text. */
function patternText(arg: SyntaxNode, ctx: RuleContext): string | null {
  const text = arg.text.replace(/^[rbu]*(['"])([\s\S]*)\1$/i, '$2');
  if (text === arg.text) return null;
  if (ctx.language !== 'php') return text;
  const delimited = /^([/#~!|])([\s\S]*)\1[a-zA-Z]*$/.exec(text);
  return delimited ? delimited[2]! : null;
}

export function strippedToWords(n: SyntaxNode, ctx: RuleContext): boolean {
  if (!isCallNode(n)) return false;
  const call = ctx.callAt(n);
  if (ctx.language === 'php' || ctx.language === 'python') {
    if (!/^(preg_replace|re\.sub)$/.test(call.name) || call.args.length < 3) return false;
    const [pattern, replacement] = call.args;
    const text = pattern ? patternText(pattern, ctx) : null;
    return text !== null && NEGATED_WORD_CLASS.test(text) && EMPTY.test(replacement?.text ?? '');
  }
  if (ctx.language !== 'javascript' && ctx.language !== 'typescript') return false;
  const [pattern, replacement] = call.args;
  if (call.last !== 'replace' && call.last !== 'replaceAll') return false;
  const regex = pattern?.type === 'regex' ? pattern : null;
  const flags = regex?.childForFieldName('flags')?.text ?? '';
  const source = regex?.childForFieldName('pattern')?.text ?? '';
  return flags.includes('g') && NEGATED_WORD_CLASS.test(source) && EMPTY.test(replacement?.text ?? '');
}

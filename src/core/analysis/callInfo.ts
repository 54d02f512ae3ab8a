// A language-neutral view of a call (function, method or constructor): its callee name and arguments.
import type { Language } from '../task/Task';
import { findLanguageSpec, LANGUAGE_SPECS } from '../languages/registry';
import type { SyntaxNode } from '../languages/SyntaxTree';
import { namedChildren } from './walk';

export interface CallInfo {
  node: SyntaxNode;
  /** Callee text without whitespace, e.g. "subprocess.run", "$pdo->query", "new File". */
  name: string;
  /** The last name segment, e.g. "run", "query", "File". */
  last: string;
  /** Positional arguments in order (keyword arguments excluded). */
  args: SyntaxNode[];
  /** Keyword arguments by name (Python `x=...`). */
  keywords: Map<string, SyntaxNode>;
}

/** Call node types of every language (a node does not know its language). */
const ALL_CALL_TYPES = new Set(LANGUAGE_SPECS.flatMap((spec) => spec.tree.calls));

/** Captures the language's call nodes (LanguageSpec.tree.calls) as @call. */
export function callQuery(language: Language): string {
  return (findLanguageSpec(language)?.tree.calls ?? []).map((t) => `(${t}) @call`).join('\n');
}

export function isCallNode(node: SyntaxNode): boolean {
  return ALL_CALL_TYPES.has(node.type);
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function calleeName(node: SyntaxNode): string {
  switch (node.type) {
    case 'method_invocation': {
      const object = node.childForFieldName('object');
      const name = node.childForFieldName('name')?.text ?? '';
      return object ? `${squash(object.text)}.${name}` : name;
    }
    case 'member_call_expression':
    case 'scoped_call_expression': {
      const object = node.childForFieldName('object') ?? node.childForFieldName('scope');
      const sep = node.type === 'member_call_expression' ? '->' : '::';
      return `${squash(object?.text ?? '')}${sep}${node.childForFieldName('name')?.text ?? ''}`;
    }
    case 'object_creation_expression':
    case 'new_expression': {
      const type =
        node.childForFieldName('type') ??
        node.childForFieldName('constructor') ??
        namedChildren(node).find((c) => c.type !== 'arguments' && c.type !== 'argument_list');
      return `new ${squash(type?.text ?? '')}`;
    }
    default: {
      // Ruby names a call by `receiver` and `method` (`Open3.capture2`, `system`, `user&.update`).
      const method = node.childForFieldName('method');
      if (method && !node.childForFieldName('function')) {
        const receiver = node.childForFieldName('receiver');
        return receiver ? `${squash(receiver.text)}.${method.text}` : method.text;
      }
      return squash(node.childForFieldName('function')?.text ?? '');
    }
  }
}

function argumentNodes(node: SyntaxNode): { args: SyntaxNode[]; keywords: Map<string, SyntaxNode> } {
  const list =
    node.childForFieldName('arguments') ??
    namedChildren(node).find((c) => c.type === 'arguments' || c.type === 'argument_list');
  const args: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  for (const arg of namedChildren(list ?? null)) {
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (name && value) keywords.set(name, value);
    } else if (arg.type === 'pair' && arg.childForFieldName('key')?.type === 'hash_key_symbol') {
      // Ruby keyword arguments and option hashes: `redirect_to url, allow_other_host: false`.
      const name = arg.childForFieldName('key')?.text;
      const value = arg.childForFieldName('value');
      if (name && value) keywords.set(name, value);
    } else if (arg.type === 'block_argument') {
      // Ruby `&block` hands over a block, not a value the call reads as data.
      continue;
    } else if (arg.type === 'argument') {
      // PHP wraps each argument; named PHP arguments are rare enough to treat positionally.
      const inner = namedChildren(arg).at(-1);
      if (inner) args.push(inner);
    } else {
      args.push(arg);
    }
  }
  return { args, keywords };
}

export function callInfo(node: SyntaxNode): CallInfo {
  const name = calleeName(node);
  const last =
    name
      .split(/\.|->|::|\s/)
      .filter(Boolean)
      .at(-1) ?? name;
  return { node, name, last, ...argumentNodes(node) };
}

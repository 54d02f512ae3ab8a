// Names read off the syntax: variable paths (`self.x`, `p->len`) and called names with their
// receiver chain (`subprocess.run`, `Runtime.getRuntime().exec`).
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { FieldRef, SlicingSpec } from '../languages/SlicingSpec';
import { fieldChild, present } from './syntaxNodes';

const compact = (text: string): string => text.replace(/\s+/g, '');

/** The path a member access names, or null when its object is not itself a path (`f().x`). */
export function pathName(n: SyntaxNode, spec: SlicingSpec): string | null {
  if (spec.identifiers.includes(n.type)) return n.text;
  const fields = spec.paths[n.type];
  if (!fields) return null;
  const object = fieldChild(n, fields[0]);
  if (!object || !fieldChild(n, fields[1]) || pathName(object, spec) === null) return null;
  return compact(n.text);
}

/** The called name of a call node, per the table's callee field or receiver/name pair. */
export function callName(n: SyntaxNode, ref: FieldRef | [FieldRef, FieldRef], spec: SlicingSpec): string {
  if (!Array.isArray(ref)) {
    const callee = fieldChild(n, ref);
    return callee ? calleeName(callee, spec) : '';
  }
  const receiver = fieldChild(n, ref[0]);
  const name = fieldChild(n, ref[1]);
  if (!name) return receiver ? calleeName(receiver, spec) : '';
  return receiver ? `${calleeName(receiver, spec)}${separator(n, receiver, name)}${name.text}` : name.text;
}

function calleeName(n: SyntaxNode, spec: SlicingSpec): string {
  if (spec.functions.includes(n.type)) return '<function>';
  const path = pathName(n, spec);
  if (path !== null) return path;
  const call = spec.calls[n.type];
  if (call) return `${callName(n, call, spec)}()`;
  const fields = spec.paths[n.type];
  const object = fields ? fieldChild(n, fields[0]) : null;
  const member = fields ? fieldChild(n, fields[1]) : null;
  if (object && member) return `${calleeName(object, spec)}${separator(n, object, member)}${member.text}`;
  return compact(n.text).slice(0, 80);
}

/** The token between receiver and member (`.`, `->`, `::`), read from the tree, not the text. */
function separator(parent: SyntaxNode, left: SyntaxNode, right: SyntaxNode): string {
  const token = present(parent.children).find(
    (child) => !child.isNamed && child.startIndex >= left.endIndex && child.endIndex <= right.startIndex,
  );
  return token ? token.text : '.';
}

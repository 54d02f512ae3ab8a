// CWE-476 (C/C++): a pointer member the function itself tests for NULL somewhere is dereferenced elsewhere with no
// test on that path (`if (s->buf) ...` in one place, `s->buf[i]` or `s->buf->len` unguarded in another).
import type { QueryRule, Rule } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import type { RuleContext } from '../../RuleContext';
import { ancestor, FUNCTION_TYPES, walk } from '../../walk';
import { noReturnCallee } from '../../ruleParts/cNoReturnCalls';

const squash = (t: string): string => t.replace(/\s+/g, '');
const NULL_LITERAL = /^(NULL|nullptr|0)$/;
const EXITS = /\b(return|goto|break|continue|exit|abort)\b/;
/** The branch leaves: a jump, or a call that does not return (`msg_panic("no history")`). */
const leavesBlock = (text: string): boolean =>
  EXITS.test(text) || noReturnCallee(/^\{?\s*(\w+)\s*\(/.exec(text)?.[1] ?? '');
const ASSERTION = /^\s*(assert|BUG_ON|WARN_ON\w*|g_return\w*|DCHECK|CHECK)\s*\(/;

/** A member test: where it is, which member, and (for early exits and assertions) the block it protects. */
interface MemberFacts {
  /** Members tested for NULL anywhere in the function. */
  tested: Set<string>;
  /** `if (!s->p) return;` and assertions: the member is non-NULL for the rest of `block` after `end`. */
  exits: { member: string; end: number; block: SyntaxNode }[];
  /** Members given a new value: start offsets per member. */
  assigned: Map<string, number[]>;
}

/** The member a condition tests for NULL (`!m`, `m == NULL`, `m != NULL`, a bare `m` as a truth value), if any. */
function testedMember(node: SyntaxNode): string | null {
  if (node.type !== 'field_expression') return null;
  const up = node.parent;
  if (!up) return null;
  if (up.type === 'unary_expression' && up.text.trimStart().startsWith('!')) return squash(node.text);
  if (up.type === 'binary_expression') {
    const op = up.childForFieldName('operator')?.text ?? '';
    if (op === '&&' || op === '||') return squash(node.text);
    const other = up.childForFieldName('left') === node ? up.childForFieldName('right') : up.childForFieldName('left');
    if ((op === '==' || op === '!=') && NULL_LITERAL.test(other?.text.trim() ?? '')) return squash(node.text);
  }
  if (up.type === 'parenthesized_expression' && /^(if|while)_statement$/.test(up.parent?.type ?? ''))
    return squash(node.text);
  if (up.type === 'conditional_expression' && up.childForFieldName('condition')?.startIndex === node.startIndex)
    return squash(node.text);
  return null;
}

function memberFacts(fn: SyntaxNode, ctx: RuleContext): MemberFacts {
  const key = `c-member-tests:${fn.startIndex}:${fn.endIndex}`;
  const cached = ctx.memo.get(key) as MemberFacts | undefined;
  if (cached) return cached;
  const facts: MemberFacts = { tested: new Set(), exits: [], assigned: new Map() };
  for (const n of walk(fn)) {
    const member = testedMember(n);
    if (member) {
      facts.tested.add(member);
      // The statement holding the test: an if that leaves when the member is NULL, or an assertion.
      const stmt = ancestor(n, new Set(['if_statement', 'expression_statement']));
      const block = stmt?.parent;
      if (stmt && block?.type === 'compound_statement') {
        const leaves =
          stmt.type === 'if_statement'
            ? leavesBlock(stmt.childForFieldName('consequence')?.text ?? '') && !stmt.childForFieldName('alternative')
            : ASSERTION.test(stmt.text);
        if (leaves) facts.exits.push({ member, end: stmt.endIndex, block });
      }
    }
    if (n.type === 'assignment_expression') {
      const left = n.childForFieldName('left');
      if (left?.type === 'field_expression') {
        const m = squash(left.text);
        facts.assigned.set(m, [...(facts.assigned.get(m) ?? []), n.startIndex]);
      }
    }
  }
  ctx.memo.set(key, facts);
  return facts;
}

/** A condition on the way up from `site` to its function tests `member` (if, ?:, && / ||, loop condition). */
function underTest(site: SyntaxNode, member: string, fn: SyntaxNode): boolean {
  const mentions = (n: SyntaxNode | null): boolean => n !== null && squash(n.text).includes(member);
  let child = site;
  for (let up = site.parent; up && up.startIndex >= fn.startIndex && up !== fn; child = up, up = up.parent) {
    if (/^(if|while|for)_statement$/.test(up.type) && mentions(up.childForFieldName('condition'))) return true;
    if (up.type === 'conditional_expression' && mentions(up.childForFieldName('condition'))) return true;
    if (
      up.type === 'binary_expression' &&
      /^(&&|\|\|)$/.test(up.childForFieldName('operator')?.text ?? '') &&
      up.childForFieldName('right')?.startIndex === child.startIndex &&
      mentions(up.childForFieldName('left'))
    )
      return true;
    if (up.endIndex === fn.endIndex && up.startIndex === fn.startIndex) break;
  }
  return false;
}

export const cMemberTestedElsewhere: QueryRule = {
  id: 'c-member-null-tested-elsewhere',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: {
    c: '[(field_expression argument: (field_expression) @member) (subscript_expression argument: (field_expression) @member)] @hit',
    cpp: '[(field_expression argument: (field_expression) @member) (subscript_expression argument: (field_expression) @member)] @hit',
  },
  message:
    'This member is dereferenced without a NULL test, although the same function tests it for NULL elsewhere: on this path it can be NULL too.',
  fix: 'Test the member for NULL before this use as well (or return early when it is NULL).',
  predicate: ({ member, hit }, ctx) => {
    if (!member || !hit) return false;
    if (hit.type === 'field_expression' && hit.childForFieldName('operator')?.text !== '->') return false;
    // `&s->p->f` computes an address.
    if (hit.parent?.type === 'pointer_expression' && hit.parent.text.trimStart().startsWith('&')) return false;
    const fn = ancestor(hit, FUNCTION_TYPES);
    if (!fn || fn.type !== 'function_definition') return false;
    const facts = memberFacts(fn, ctx);
    const m = squash(member.text);
    if (!facts.tested.has(m)) return false;
    // A member given a value earlier in the function holds what the code put there, not an unknown.
    if ((facts.assigned.get(m) ?? []).some((at) => at < hit.startIndex)) return false;
    if (
      facts.exits.some(
        (e) =>
          e.member === m &&
          e.end <= hit.startIndex &&
          e.block.startIndex <= hit.startIndex &&
          e.block.endIndex >= hit.endIndex,
      )
    )
      return false;
    return !underTest(hit, m, fn);
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe476MemberTestedElsewhere: readonly Rule[] = [cMemberTestedElsewhere];

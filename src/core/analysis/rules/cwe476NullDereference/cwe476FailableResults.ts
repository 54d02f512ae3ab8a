// CWE-476 NULL pointer dereference (C/C++): results of calls that fail by returning NULL, used before a test, and
// pointers tested for NULL only after they were already dereferenced.
import type { QueryRule, Rule } from '../../Rule';
import type { CallInfo } from '../../callInfo';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { callRule } from '../../callRule';
import { laterSiblings, escapeRe } from '../../ruleParts/cLifetimeFacts';
import { dereferenceOf, nullTestOf, READS_THROUGH } from '../../ruleParts/cNullTests';
import { ancestor, FUNCTION_TYPES, namedChildren, walk } from '../../walk';
import type { RuleContext } from '../../RuleContext';
import { holderPastCasts } from '../../ruleParts/cppCasts';
import { inUnevaluatedOperand } from '../../ruleParts/cUnevaluated';

/**
 * Allocators that return NULL when memory runs out and whose callers must test it: the kernel's and GLib's
 * `g_try_*`. Plain malloc is `c-unchecked-alloc`'s, with its own evidence.
 */
const FAILABLE_ALLOCATOR =
  /^(k[mz]alloc(_node|_array)?|kcalloc|krealloc|kmemdup|kstrn?dup|kv?[mz]alloc|vz?alloc|kvcalloc|devm_k[mz]alloc|devm_kcalloc|devm_kmemdup|kmem_cache_z?alloc|g_try_(malloc0?|realloc|new0?)|\w*alloc_skb)$/;

/**
 * Project allocation wrappers (`av_mallocz`, `git__malloc`, `png_malloc`): some return NULL, others abort or
 * longjmp on failure, and the name does not say which. The project's own code does: a wrapper counts as failable
 * when another of its results in this file is tested for NULL.
 */
const PROJECT_ALLOCATOR = /^\w+_(malloc|mallocz|zalloc|calloc|realloc|strdup|strndup|memdup)$/;

/** Wrappers that abort instead of returning NULL (xmalloc, GLib's g_malloc, PHP's emalloc): no test is needed. */
const NEVER_FAILS =
  /^(\w*x(m|c|re)alloc|x\w+|g_(?!try_)\w+|e(m|c|re)alloc|estrn?dup|safe_\w+|must_\w+|\w*_or_die|\w*_nofail)$/;

/**
 * Lookups that report absence with NULL: `*_lookup`, `*_find*`, `*_search`, `platform_get_resource`,
 * `of_get_property`, cJSON's `GetObjectItem`. Member calls (`m.find(k)`, `s->ops->lookup`) are left out: C++
 * containers return iterators, and an operations table's contract is not in view.
 */
const PLAIN_FUNCTION = /^[A-Za-z_]\w*$/;
const LOOKUP_WORD = /lookup|find|search|get_resource|getobjectitem|get_property|getprop/i;

/** `if ((p = lookup(k)) != NULL)`, `if (!(s->buf = malloc(n)))`: the assignment is its own test. */
export function testedWhereAssigned(holder: SyntaxNode): boolean {
  return /parenthesized_expression|binary_expression|unary_expression/.test(holder.parent?.type ?? '');
}

/** The variable or member the call's result is stored in (`p = f()`, `T *p = f()`, `s->p = (T *)f()`). */
function resultHolder(call: CallInfo): string | null {
  const holder = holderPastCasts(call.node);
  if (!holder || !/init_declarator|assignment_expression/.test(holder.type)) return null;
  if (testedWhereAssigned(holder)) return null;
  const target = holder.childForFieldName('declarator') ?? holder.childForFieldName('left');
  // `Map::ConstIterator it = find(key)`: an iterator, tested against end(), never NULL.
  if (target?.type === 'identifier' && /iterator$/i.test(holder.parent?.childForFieldName('type')?.text ?? ''))
    return null;
  // `*out = alloc(..)` stores through an out-parameter; its tests read `*out`, which this rule does not follow.
  if (!target || target.type === 'pointer_expression') return null;
  return target.text.replace(/^[*&\s]+/, '').replace(/\s+/g, '');
}

/** The first statement after `call` that touches the stored result: a test or a dereference. */
export function firstUse(call: CallInfo): 'test' | 'deref' | null {
  const target = resultHolder(call);
  if (!target) {
    // An assignment inside a condition is tested where it stands.
    for (let up = call.node.parent, i = 0; up && i < 6; up = up.parent, i += 1)
      if (/^(if|while)_statement$/.test(up.type)) return up.childForFieldName('condition') ? 'test' : null;
    return null;
  }
  const mentions = new RegExp(`(?<![\\w>.])${escapeRe(target)}(?!\\w)`);
  const first = laterSiblings(call.node).find((s) => mentions.test(s.text));
  if (!first) return null;
  if (nullTestOf(target).test(first.text)) return 'test';
  return dereferenceOf(target).test(first.text) ? 'deref' : null;
}

function failable(call: CallInfo, ctx: RuleContext): boolean {
  if (NEVER_FAILS.test(call.name)) return false;
  if (FAILABLE_ALLOCATOR.test(call.name)) return true;
  if (PROJECT_ALLOCATOR.test(call.name))
    return ctx
      .callsNamed(call.name)
      .some((other) => other.node.startIndex !== call.node.startIndex && firstUse(other) === 'test');
  return PLAIN_FUNCTION.test(call.name) && LOOKUP_WORD.test(call.name) && !/^bsearch$/.test(call.name);
}

export const cFailableResultDeref = callRule({
  id: 'c-failable-result-deref',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'The result of a call that returns NULL on failure or absence (a kernel or project allocator, a lookup) is dereferenced before it is tested.',
  fix: 'Test the returned pointer for NULL (or IS_ERR) right after the call and return an error or skip the use.',
  callee: { c: /\w/, cpp: /\w/ },
  // The first statement that touches the pointer decides: a test there (or a hand-over to a helper) is the fix.
  when: (call, ctx) => failable(call, ctx) && firstUse(call) === 'deref',
});

const LOOPS: ReadonlySet<string> = new Set(['for_statement', 'while_statement', 'do_statement']);
const BLOCKS: ReadonlySet<string> = new Set(['compound_statement', 'case_statement']);

/** One place a pointer named by a plain identifier is read through, with the block it runs in unconditionally. */
interface DerefSite {
  name: string;
  at: number;
  block: SyntaxNode;
}

/** Is `site` evaluated whenever its statement runs (not behind `?:`, `&&`/`||`, or an unbraced if/loop body)? */
function blockRunningAlways(site: SyntaxNode): SyntaxNode | null {
  // `typeof(*elem)` in `container_of(node, typeof(*elem), member)` names a type; nothing is read.
  if (inUnevaluatedOperand(site)) return null;
  let child = site;
  for (let up = site.parent; up; child = up, up = up.parent) {
    if (BLOCKS.has(up.type)) return up;
    if (up.type === 'sizeof_expression') return null;
    if (up.type === 'conditional_expression' && up.childForFieldName('condition') !== child) {
      if (up.childForFieldName('condition')?.startIndex !== child.startIndex) return null;
    }
    if (up.type === 'binary_expression' && /^(&&|\|\|)$/.test(up.childForFieldName('operator')?.text ?? '')) {
      if (up.childForFieldName('right')?.startIndex === child.startIndex) return null;
    }
    if (/^(if|while|for|do|switch)_statement$/.test(up.type)) {
      const cond = up.childForFieldName('condition');
      if (!cond || cond.startIndex !== child.startIndex) return null;
    }
  }
  return null;
}

const STRING_READERS = new RegExp(`^(${READS_THROUGH})$`);

/** The dereference sites and labels of one function, collected once per function (every if asks). */
function derefFacts(fn: SyntaxNode, ctx: RuleContext): { sites: DerefSite[]; labels: number[] } {
  const key = `c-deref-sites:${fn.startIndex}:${fn.endIndex}`;
  const cached = ctx.memo.get(key) as { sites: DerefSite[]; labels: number[] } | undefined;
  if (cached) return cached;
  const sites: DerefSite[] = [];
  const labels: number[] = [];
  const add = (name: SyntaxNode | null | undefined, at: SyntaxNode): void => {
    if (name?.type !== 'identifier') return;
    // `&p->f` computes an address; nothing is read.
    if (at.parent?.type === 'pointer_expression' && at.parent.text.trimStart().startsWith('&')) return;
    const block = blockRunningAlways(at);
    if (block) sites.push({ name: name.text, at: at.startIndex, block });
  };
  for (const n of walk(fn)) {
    if (n.type === 'labeled_statement' || n.type === 'case_statement') labels.push(n.startIndex);
    else if (n.type === 'field_expression' && n.childForFieldName('operator')?.text === '->')
      add(n.childForFieldName('argument'), n);
    else if (n.type === 'subscript_expression') add(n.childForFieldName('argument'), n);
    else if (n.type === 'pointer_expression' && n.text.trimStart().startsWith('*'))
      add(n.childForFieldName('argument'), n);
    else if (n.type === 'call_expression' && STRING_READERS.test(n.childForFieldName('function')?.text ?? ''))
      for (const arg of namedChildren(n.childForFieldName('arguments'))) add(arg, n);
  }
  const facts = { sites, labels };
  ctx.memo.set(key, facts);
  return facts;
}

/**
 * `name` is read through, on every path that reaches `test`, after its last assignment and before any NULL test:
 * the dereference runs unconditionally in a block that contains the test, with no label (goto target, `case`)
 * between them that another path could enter by.
 */
function dereferencedBefore(name: string, test: SyntaxNode, fn: SyntaxNode, ctx: RuleContext): boolean {
  const p = escapeRe(name);
  // A pointer assigned in the loop around the test (`p = p->next`) is a new value on each pass.
  const loop = ancestor(test, LOOPS);
  if (loop && loop.startIndex > fn.startIndex && new RegExp(`(?<![\\w>.])${p}\\s*=(?!=)`).test(loop.text)) return false;
  const before = fn.text.slice(0, test.startIndex - fn.startIndex);
  // Iterator macros (`list_for_each_entry(p, ...)`) and out-parameters (`get(&p)`) assign it too.
  const assigned = new RegExp(`(?<![\\w>.])${p}\\s*=(?!=)|&\\s*${p}\\s*[,)]|for_each\\w*\\s*\\(\\s*${p}\\s*,`, 'g');
  let from = 0;
  for (const m of before.matchAll(assigned)) from = (m.index ?? 0) + m[0].length;
  const tested = nullTestOf(name).exec(before.slice(from));
  const until = fn.startIndex + from + (tested ? tested.index : before.length - from);
  const { sites, labels } = derefFacts(fn, ctx);
  return sites.some(
    (s) =>
      s.name === name &&
      s.at >= fn.startIndex + from &&
      s.at < until &&
      s.block.startIndex <= test.startIndex &&
      s.block.endIndex >= test.endIndex &&
      !labels.some((l) => l > s.at && l < test.startIndex),
  );
}

/** The if statement's branch only releases `name` (`delete p;`, `free(p);`, then perhaps `p = nullptr;`). */
function onlyReleases(ifStatement: SyntaxNode | null, name: string): boolean {
  const branch = ifStatement?.childForFieldName('consequence');
  if (!branch || ifStatement?.childForFieldName('alternative')) return false;
  const p = escapeRe(name);
  const statements = branch.type === 'compound_statement' ? namedChildren(branch) : [branch];
  const release = new RegExp(`^(delete\\s*(\\[\\s*\\])?\\s*${p}|(std::)?free\\s*\\(\\s*${p}\\s*\\))\\s*;$`);
  const reset = new RegExp(`^${p}\\s*=\\s*(nullptr|NULL|0)\\s*;$`);
  return (
    statements.some((s) => release.test(s.text.trim())) &&
    statements.every((s) => release.test(s.text.trim()) || reset.test(s.text.trim()))
  );
}

export const cDerefBeforeNullCheck: QueryRule = {
  id: 'c-deref-before-null-check',
  cwe: 'CWE-476',
  severity: 'warning',
  languages: ['c', 'cpp'],
  kind: 'query',
  query: {
    c: '(if_statement condition: (_) @hit)',
    cpp: '(if_statement condition: (_) @hit)',
  },
  message:
    'This NULL test comes after the pointer was already dereferenced: if it can be NULL, the earlier use crashes first.',
  fix: 'Move the NULL test before the first use of the pointer (or drop it if the pointer can never be NULL).',
  predicate: ({ hit }, ctx) => {
    if (!hit) return false;
    const fn = ancestor(hit, FUNCTION_TYPES);
    if (!fn || fn.type !== 'function_definition') return false;
    const names = new Set<string>();
    for (const n of walk(hit))
      if (n.type === 'identifier' && n.parent?.type !== 'call_expression' && nullTestOf(n.text).test(`if ${hit.text}`))
        names.add(n.text);
    // `if (!(p = next()))` tests the value it has just stored.
    for (const name of names)
      if (new RegExp(`(?<![\\w>.])${escapeRe(name)}\\s*=(?!=)`).test(hit.text)) names.delete(name);
    // `if (p) delete p;`: a habit around a release (which accepts NULL anyway), no claim that p may be NULL.
    for (const name of names) if (onlyReleases(hit.parent, name)) names.delete(name);
    return [...names].some((name) => dereferencedBefore(name, hit, fn, ctx));
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe476FailableResults: readonly Rule[] = [cFailableResultDeref, cDerefBeforeNullCheck];

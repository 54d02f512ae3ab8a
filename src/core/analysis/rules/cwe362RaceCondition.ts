// CWE-362 concurrent execution using a shared resource without synchronisation: the analyser rules for this
// weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { ancestor, FUNCTION_TYPES, walk } from '../walk';
import type { RuleContext } from '../RuleContext';
import { codeMentions } from '../codeMentions';

/** Parameters of an HTTP handler: the server runs each request on its own goroutine. */
const HANDLER_PARAMS = /http\.ResponseWriter|\*gin\.Context|echo\.Context|\*fiber\.Ctx/;
/** Any lock, or a map type that is safe for concurrent use. */
const SYNCHRONISED = /\.(R?Lock|TryLock)\(|sync\.Map|atomic\./;

/** A map declared (`var m = make(map...)`, `m := map...{}`, `var m map[...]...`) in `scope`, outside `skip`. */
function declaresMap(scope: SyntaxNode, name: string, skip?: SyntaxNode): boolean {
  const skipped = (c: SyntaxNode): boolean => c.startIndex === skip?.startIndex && c.endIndex === skip.endIndex;
  for (const n of walk(scope, skipped)) {
    if (n.type !== 'var_spec' && n.type !== 'short_var_declaration') continue;
    const left = n.childForFieldName(n.type === 'var_spec' ? 'name' : 'left');
    if (!left || !left.text.split(/\s*,\s*/).includes(name)) continue;
    // `[]map[K]V` / `[n]map[K]V` is a slice or array of maps: `xs[i] = ...` sets an element, no map entry.
    if (/(^|[^\]\w])map\s*\[/.test(n.text)) return true;
  }
  return false;
}

/** `name` is declared in the function (`x := ...`, `var x T`), not a receiver, parameter or package variable. */
function declaresLocal(fn: SyntaxNode, name: string): boolean {
  for (const n of walk(fn)) {
    if (n.type !== 'var_spec' && n.type !== 'short_var_declaration') continue;
    const left = n.childForFieldName(n.type === 'var_spec' ? 'name' : 'left');
    if (left?.text.split(/\s*,\s*/).includes(name)) return true;
  }
  return false;
}

/** The statements that write an entry of the map `operand` matches. */
const MAP_WRITES = (operand: string): string =>
  `(assignment_statement left: (expression_list (index_expression operand: ${operand}))) @hit (inc_statement (index_expression operand: ${operand})) @hit (dec_statement (index_expression operand: ${operand})) @hit`;

/** A struct field `name` of a map type declared in the file (`views map[string]int`). */
function declaresMapField(root: SyntaxNode, name: string): boolean {
  for (const n of walk(root)) {
    if (n.type !== 'field_declaration') continue;
    if (n.childForFieldName('type')?.type !== 'map_type') continue;
    if (n.namedChildren.some((c) => c?.type === 'field_identifier' && c.text === name)) return true;
  }
  return false;
}

/** The function that runs concurrently around `write`: a `go func(){...}` literal or an HTTP handler. */
function concurrentFunction(write: SyntaxNode): SyntaxNode | null {
  for (let fn = ancestor(write, FUNCTION_TYPES); fn; fn = ancestor(fn, FUNCTION_TYPES)) {
    if (
      fn.type === 'func_literal' &&
      fn.parent?.type === 'call_expression' &&
      fn.parent.parent?.type === 'go_statement'
    )
      return fn;
    if (HANDLER_PARAMS.test(fn.childForFieldName('parameters')?.text ?? '')) return fn;
  }
  return null;
}

/**
 * Go maps are not safe for concurrent writes (the runtime may abort with "concurrent map writes"). The rule flags an
 * entry written to a map declared outside the goroutine or HTTP handler that writes it, when no lock is taken in the
 * code around it and the map is no sync.Map.
 */
export const goSharedMapWrite: QueryRule = {
  id: 'go-shared-map-write',
  cwe: 'CWE-362',
  severity: 'warning',
  languages: ['go'],
  kind: 'query',
  query: {
    // `m[k] = v` and `m[k]++`: both write the entry; `c.views[k]++` writes a map held in a struct field.
    go: `[${MAP_WRITES('(identifier) @map')} ${MAP_WRITES('(selector_expression field: (field_identifier) @field)')}]`,
  },
  message:
    'A map shared between goroutines (or between concurrent HTTP requests) is written without a lock; concurrent writes corrupt it or crash the program.',
  fix: 'Guard every access with a sync.Mutex (mu.Lock(); defer mu.Unlock()), use sync.Map, or give the map to one goroutine and send it updates over a channel.',
  predicate: ({ hit, map, field }) => {
    if (!hit || (!map && !field)) return false;
    const fn = concurrentFunction(hit);
    if (!fn) return false;
    const outer = ancestor(fn, FUNCTION_TYPES);
    let root = hit;
    while (root.parent) root = root.parent;
    // A map made inside the concurrent function is its own; a shared one is declared around it (package or caller).
    // A struct's map field is shared by every request the struct's handler serves.
    if (map && (declaresMap(fn, map.text) || !declaresMap(root, map.text, fn))) return false;
    if (field && !declaresMapField(root, field.text)) return false;
    // `resp := Reply{Fields: map[string]string{}}` then `resp.Fields[k] = v`: a struct made for this request is its own.
    const owner = field?.parent?.childForFieldName('operand');
    if (owner?.type === 'identifier' && declaresLocal(fn, owner.text)) return false;
    return !SYNCHRONISED.test(fn.text) && !(outer && SYNCHRONISED.test(outer.text));
  },
};

/** Classes whose one instance serves concurrent requests (Spring beans, servlets, CDI singletons) or code that starts threads. */
const SHARED_INSTANCE =
  /@(Service|Component|RestController|Controller|Repository|Singleton|ApplicationScoped)\b|extends\s+HttpServlet\b|\bnew\s+Thread\b|Executor|\.parallel|CompletableFuture|implements\s+Runnable/;
/** The class already coordinates its threads. */
const COORDINATED =
  /\bsynchronized\b|\bLock\b|ReentrantLock|ReadWriteLock|StampedLock|\bvolatile\b|Atomic\w+|Concurrent\w+|Collections\.synchronized/;
const JAVA_CLASS = new Set(['class_declaration']);
const JAVA_METHOD = new Set(['method_declaration']);

/** Mutable fields of the class (declared in its body), by name. */
function classFields(cls: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const member of cls.childForFieldName('body')?.namedChildren ?? []) {
    if (member?.type !== 'field_declaration') continue;
    for (const d of member.namedChildren)
      if (d?.type === 'variable_declarator') names.add(d.childForFieldName('name')?.text ?? '');
  }
  return names;
}

/** Per class, once per analysis (a test per `if` would rescan the class each time): its fields and whether it locks. */
function classFacts(cls: SyntaxNode, ctx: RuleContext): { fields: Set<string>; coordinated: boolean } {
  const key = `java-check-then-act:${cls.startIndex}`;
  const known = ctx.memo.get(key) as { fields: Set<string>; coordinated: boolean } | undefined;
  if (known) return known;
  const facts = { fields: classFields(cls), coordinated: COORDINATED.test(cls.text) };
  ctx.memo.set(key, facts);
  return facts;
}

/**
 * The test reads a field and the branch then writes it: `if (!cache.containsKey(k)) cache.put(k, v)`, `if (balance >=
 * amount) balance -= amount`. Another thread can change the field between the test and the write.
 */
function checkThenAct(cond: SyntaxNode, then: SyntaxNode, fields: ReadonlySet<string>): boolean {
  // Only the fields the test names (not every field of the class per `if`: that was quadratic in class size).
  const named = new Set<string>();
  for (const n of walk(cond)) if (n.type === 'identifier' && fields.has(n.text)) named.add(n.text);
  for (const f of named) {
    const field = `(?:this\\.)?${f}`;
    const looksUp = new RegExp(`\\b${field}\\.(containsKey|contains|get|isEmpty|size)\\s*\\(`).test(cond.text);
    const adds = new RegExp(`\\b${field}\\.(put|add|remove|set|clear)\\s*\\(`).test(then.text);
    const compares = new RegExp(`\\b${field}\\s*(>=|<=|>|<|==|!=)|(>=|<=|>|<|==|!=)\\s*${field}\\b`).test(cond.text);
    const updates = new RegExp(`(^|[^\\w.])${field}\\s*([-+*/]?=(?!=)|\\+\\+|--)`).test(then.text);
    if ((looksUp && adds) || (compares && updates)) return true;
  }
  return false;
}

/**
 * Java check-then-act on a field outside any lock: a bean, servlet or thread-started class serves concurrent callers
 * with one instance, so two requests can both pass the test before either writes (double registration, overdraw).
 * In a class with no sign of being shared it is a note: the race needs concurrent callers the code does not show.
 */
export const javaCheckThenActField: QueryRule = {
  id: 'java-check-then-act-field',
  cwe: 'CWE-362',
  severity: 'warning',
  languages: ['java'],
  kind: 'query',
  query: { java: '(if_statement condition: (_) @cond consequence: (_) @then) @hit' },
  message:
    'A field is tested and then changed without a lock; concurrent callers can both pass the test before either write.',
  fix: 'Make the method synchronized (or hold one lock around test and write), or use an atomic operation: ConcurrentHashMap.computeIfAbsent/putIfAbsent, AtomicLong.updateAndGet.',
  predicate: ({ hit, cond, then }, ctx) => {
    if (!hit || !cond || !then) return false;
    const method = ancestor(hit, JAVA_METHOD);
    const cls = ancestor(hit, JAVA_CLASS);
    if (!method || !cls || /\bstatic\b/.test(method.text.slice(0, method.text.indexOf('(')))) return false;
    if (ancestor(hit, new Set(['synchronized_statement']))) return false;
    const facts = classFacts(cls, ctx);
    return !facts.coordinated && checkThenAct(cond, then, facts.fields);
  },
  tierOf: (_captures, ctx) => (codeMentions(ctx, SHARED_INSTANCE) ? 'finding' : 'note'),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe362RaceCondition: readonly Rule[] = [goSharedMapWrite, javaCheckThenActField];

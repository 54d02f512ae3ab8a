// Facts about C/C++ lengths and indexes: which names an expression depends on, and where an index comes from.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import { isTainted } from './ruleHelpers';
import { enclosingParameterList, enclosingParameterNames } from './functionParameters';
import { FUNCTION_TYPES, ancestor, namedChildren, walk } from './walk';
import { RESERVES, sizedWhereMade, takenFrom } from './ruleParts/cDestinationSizedWith';

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$|^k[A-Z]/;

/** The names a length or index depends on: fields (`m->len`), size calls (`v.size()`) and plain variables. */
export function atomsOf(expr: SyntaxNode): string[] {
  const atoms: string[] = [];
  const visit = (n: SyntaxNode): void => {
    if (n.type === 'sizeof_expression' || n.type === 'number_literal' || n.type === 'char_literal') return;
    if (n.type === 'field_expression') {
      atoms.push(n.text.replace(/\s+/g, ''));
      return;
    }
    if (n.type === 'call_expression') {
      const fn = n.childForFieldName('function');
      if (fn?.type === 'field_expression') atoms.push(n.text.replace(/\s+/g, ''));
      namedChildren(n.childForFieldName('arguments')).forEach(visit);
      if (fn?.type === 'field_expression') {
        const obj = fn.childForFieldName('argument');
        if (obj) visit(obj);
      }
      return;
    }
    if (n.type === 'identifier' && !CONSTANT_NAME.test(n.text)) {
      atoms.push(n.text);
      return;
    }
    namedChildren(n).forEach(visit);
  };
  visit(expr);
  return [...new Set(atoms)];
}

/** Integer parameters of the function around `node` (an index handed in by any caller). */
export function integerParameters(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const p of namedChildren(enclosingParameterList(node))) {
    const type = p.childForFieldName('type')?.text ?? '';
    const decl = p.childForFieldName('declarator');
    if (decl?.type === 'identifier' && /\b(int|long|short|size_t|ssize_t|unsigned|u?int\d+_t)\b/.test(type))
      names.add(decl.text);
  }
  return names;
}

/**
 * Read-only pointer parameters of the function around `node` (`const struct hdr *h`, `const uint8_t *p`,
 * `const char buf[]`): data the function is handed to read, such as a record parsed from a file or a packet,
 * rather than state it keeps (a mutable context struct).
 */
export function constPointerParameters(node: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const p of namedChildren(enclosingParameterList(node))) {
    const decl = p.childForFieldName('declarator');
    // C++ `const T &r` is read-only caller data too (`r.channel`).
    if (
      decl?.type !== 'pointer_declarator' &&
      decl?.type !== 'array_declarator' &&
      decl?.type !== 'reference_declarator'
    )
      continue;
    if (!/\bconst\b/.test(p.text.slice(0, decl.startIndex - p.startIndex))) continue;
    const id = [...walk(decl)].find((n) => n.type === 'identifier');
    if (id) names.add(id.text);
  }
  return names;
}

/** Names read from input in the function: scanf targets, atoi/strtol results, argv and network reads. */
export function inputDerived(name: string, at: SyntaxNode, ctx: RuleContext): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return false;
  // Subscripts repeat the same index names many times per function: collect each function's input names once.
  const key = `input-names:${fn.startIndex}:${fn.endIndex}`;
  let names = ctx.memo.get(key);
  if (!(names instanceof Set)) {
    names = inputNames(fn, ctx);
    ctx.memo.set(key, names);
  }
  return (names as Set<string>).has(name) || (names as Set<string>).has('*cin*');
}

function inputNames(fn: SyntaxNode, ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  // callsWithin finds the function's calls by binary search: scanning every call of the file per function was quadratic.
  for (const call of ctx.callsWithin(fn.startIndex, fn.endIndex)) {
    if (/scanf$/.test(call.name))
      for (const a of call.args) {
        const m = /^&(\w+)$/.exec(a.text.replace(/\s+/g, ''));
        if (m?.[1]) names.add(m[1]);
      }
    if (/^(std::)?(cin)$/.test(call.name)) names.add('*cin*');
    // fread(&count, ...) / read(fd, &len, ...) fill a scalar straight from a file or socket.
    // A C++ stream's read fills its first argument, cast to char * (`in.read(reinterpret_cast<char *>(&n), 4)`).
    const filled = /^(std::)?(fread)$|(\.|->)read$/.test(call.name)
      ? call.args[0]
      : /^(read|recv)$/.test(call.name)
        ? call.args[1]
        : undefined;
    const m = /^(?:\w+_cast<[^>]*>\(|\([\w\s]*\*\))?&(\w+)\)?$/.exec(filled?.text.replace(/\s+/g, '') ?? '');
    if (m?.[1]) names.add(m[1]);
  }
  for (const m of fn.text.matchAll(/(?:std::)?cin\s*>>([^;]*)/g))
    for (const w of (m[1] ?? '').matchAll(/\b\w+\b/g)) names.add(w[0]);
  for (const a of ctx.assignments(fn)) {
    if (!/init_declarator|assignment_expression/.test(a.node.type)) continue;
    const target = (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text ?? '';
    if (!/^\w+$/.test(target) || names.has(target)) continue;
    if (/\b(atoi|atol|strtol|strtoul|stoi|stol|stoul|ntohl|ntohs)\s*\(/.test(a.value.text) || isTainted(a.value, ctx))
      names.add(target);
  }
  return names;
}

/** The variable an atom is rooted in: `m->len` -> m, `v.size()` -> v, `len` -> len. */
export function rootName(atom: string): string {
  return /^[A-Za-z_]\w*/.exec(atom)?.[0] ?? '';
}

/**
 * Evidence that a length or index is under a caller's or an attacker's control: it is rooted in a parameter
 * or an input-derived name, directly or through up to three local assignments.
 */
export function fromCallerOrInput(
  atoms: readonly string[],
  at: SyntaxNode,
  ctx: RuleContext,
  // Kept state: do not follow the object a member is read from (`w = ctx->width` does not make ctx the origin).
  skipMembers = false,
): boolean {
  const fn = ancestor(at, FUNCTION_TYPES);
  if (!fn) return false;
  const params = enclosingParameterNames(at);
  const origin = (name: string): boolean => params.has(name) || inputDerived(name, at, ctx);
  let frontier = atoms.map(rootName).filter(Boolean);
  const seen = new Set<string>();
  for (let hop = 0; hop < 4 && frontier.length; hop += 1) {
    if (frontier.some(origin)) return true;
    frontier.forEach((n) => seen.add(n));
    const next: string[] = [];
    for (const a of ctx.assignments(fn)) {
      const target = rootName(
        (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text.replace(/^[*&\s]+/, '') ??
          '',
      );
      if (!frontier.includes(target)) continue;
      for (const id of walk(a.value)) {
        if (skipMembers && id.parent?.type === 'field_expression') continue;
        if (id.type === 'identifier' && !seen.has(id.text) && !CONSTANT_NAME.test(id.text)) next.push(id.text);
      }
    }
    frontier = [...new Set(next)];
  }
  return false;
}

/** `dst` was allocated in this function with a size that mentions one of the length's atoms (malloc(len + 1)). */
export function allocatedWithLength(dst: SyntaxNode, atoms: readonly string[], ctx: RuleContext): boolean {
  const fn = ancestor(dst, FUNCTION_TYPES);
  const base = rootName(dst.text.replace(/^[(*&\s]+/, ''));
  if (!fn || !base) return false;
  const roots = atoms.map(rootName).filter(Boolean);
  const targetOf = (a: { node: SyntaxNode }): string =>
    rootName(
      (a.node.childForFieldName('declarator') ?? a.node.childForFieldName('left'))?.text.replace(/^[*&\s]+/, '') ?? '',
    );
  const mentions = (text: string): boolean => roots.some((r) => new RegExp(`\\b${r}\\b`).test(text));
  // The destination is made by a call handed the length: `memcpy(xmalloc(len + 1), s, len)`,
  // `memcpy(buf_getwriteptr(b, len), src, len)` (a helper that hands out room for len or fails).
  const made = /^\(*\s*(\([\w\s*]+\)\s*)?\w+\s*\(([^;]*)\)\s*\)*$/.exec(dst.text.trim());
  if (made && mentions(made[2] ?? '')) return true;
  const assignments = ctx.assignments(fn);
  const calls = ctx.callsWithin(fn.startIndex, fn.endIndex);
  const bases = takenFrom(assignments, base);
  const fromAllocator = assignments.some((a) => {
    if (!bases.has(targetOf(a))) return false;
    // `std::vector<uint8_t> out(hdr + payload.size())`: a C++ container constructed with the length.
    if (sizedContainer(a.node) && mentions(a.value.text)) return true;
    if (!ALLOCATOR.test(a.value.text)) return false;
    if (mentions(a.value.text)) return true;
    // The size was computed into a local first: `total = strlen(a) + strlen(b) + 1; p = malloc(total)`, or by an
    // overflow-checked helper that writes it through a pointer: `check_add_overflow(a, b, &total)`.
    const sizeNames = new Set([...a.value.text.matchAll(/\b[A-Za-z_]\w*\b/g)].map((m) => m[0]));
    const before = (n: SyntaxNode): boolean => n.startIndex < a.node.startIndex;
    return (
      assignments.some((s) => before(s.node) && sizeNames.has(targetOf(s)) && mentions(s.value.text)) ||
      calls.some(
        (c) =>
          before(c.node) &&
          c.args.some((arg) => sizeNames.has(/^&\s*(\w+)$/.exec(arg.text.trim())?.[1] ?? '')) &&
          c.args.some((arg) => mentions(arg.text)),
      )
    );
  });
  if (fromAllocator || sizedWhereMade(fn, base, mentions, calls, dst)) return true;
  // `out.resize(n)` (or reserve-and-resize helpers) on the destination's container before the copy.
  const resized = calls.some(
    (c) =>
      c.node.endIndex <= dst.startIndex &&
      new RegExp(`^${base}\\.(resize|assign)$`).test(c.name) &&
      c.args.some((arg) => mentions(arg.text)),
  );
  if (resized) return true;
  // A helper that allocates a member of the destination's owner with the length:
  // `ff_alloc_extradata(par, size)` before `memcpy(par->extradata, src, size)`.
  // ... or room reserved in the object an accessor reads the buffer from: `VSTRING_SPACE(vp, len)` before
  // `memcpy(vstring_end(vp), src, len)`.
  const owner = (
    /^(.+?)\s*(->|\.)\s*\w+$/.exec(dst.text.trim())?.[1] ??
    /^\w+\s*\(\s*(\w+)\s*\)(\s*\+[^()]*)?$/.exec(dst.text.trim())?.[1]
  )?.replace(/\s+/g, '');
  return (
    owner !== undefined &&
    calls.some(
      (c) =>
        c.node.endIndex <= dst.startIndex &&
        (/resize/i.test(c.name) || RESERVES.test(c.name)) &&
        c.args.some((arg) => arg.text.replace(/\s+/g, '') === owner) &&
        c.args.some((arg) => mentions(arg.text)),
    )
  );
}

/** A C++ declaration of a container with a size argument: `std::vector<T> v(n)`, `std::string s(n, '\\0')`. */
function sizedContainer(node: SyntaxNode): boolean {
  const value = node.childForFieldName('value');
  return (
    node.type === 'init_declarator' &&
    value?.type === 'argument_list' &&
    /\b(vector|basic_string|string|deque)\b/.test(node.parent?.childForFieldName('type')?.text ?? '')
  );
}

/**
 * Calls that allocate: the C library's, project wrappers named after them (kmalloc, cli_malloc, g_new0, and in
 * camel case xmlMallocAtomic, xmlRealloc), and project allocators named `<thing>_alloc` (`arena_alloc(a, len + 1)`,
 * `pool_alloc`) or constructors named `<thing>_new` (`ssh_string_new(len)`, `buf_new(n)`): a size argument is theirs too.
 */
const ALLOCATOR =
  /\b\w*(malloc|calloc|realloc|alloca|zalloc|alloc_array|Malloc|Calloc|Realloc)\w*\s*\(|\b\w+_(alloc|new)\s*\(|\bg_new0?\s*\(|\bnew\b/;

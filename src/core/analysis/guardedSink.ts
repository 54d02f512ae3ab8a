// Is a sink's value validated or sanitised before use? Every variable the value is made of must be covered: it
// flows only through sanitisers, or the sink is control-dependent (in the slicer's PDG, or by nesting) on a
// condition that checks it with a recognised guard shape, or an earlier such check exits or overwrites it on one
// branch. The shapes are data per language (guardShapes.ts); guardCondition.ts matches them.
import type { SyntaxNode } from '../languages/SyntaxTree';
import type { RuleContext } from './RuleContext';
import type { Language } from '../task/Task';
import { isCallNode } from './callInfo';
import { isConstant } from './stringShape';
import { GUARD_CLASS, GUARDS, type GuardClass, type LanguageGuards } from './guardShapes';
import { classSanitisers } from './classSanitisers';
import { mentions, validates, type Evidence, type GuardQuery } from './guardCondition';
import { controllingConditions } from './controllingConditions';
import { helperChecks } from './helperChecks';
import { alwaysBefore, sanitisedValue } from './sanitisedValue';
import { EXITS } from './validationGuard';
import { scopeOf, walk } from './walk';
import { localShapes, methodReceivers } from './localHelpers';
import { switchChecked, ternaryChecked } from './guardForms';
import { leaves } from './guardLeaves';
import { assignsAny, checkStatements, helperStatements, scopeIfs, statementOf, SWITCH_TYPES } from './scopeChecks';
import { withCharacterCursors } from './cCharacterCursors';
import { withElementVariables } from './elementLoops';

/** A check run in a Go `if` initializer whose failing branch exits: a validator, or a helper that returns an error. */
function initializerCheck(init: SyntaxNode, q: GuardQuery): Evidence | null {
  const evidence = validates(init, q, 'either');
  if (evidence) return evidence;
  for (const n of walk(init)) {
    if (!isCallNode(n)) continue;
    const call = q.ctx.callAt(n);
    if (q.shapes.raisingChecks.test(call.last) && call.args.some((a) => mentions(a, q.names))) return 'name';
  }
  return null;
}

/**
 * A path joined from a base and a name (`filepath.Join(dest, hdr.Name)`, `os.path.join(root, name)`, Java
 * `imageDir.resolve(id + ".jpg")`, Node `path.resolve(root, name)`).
 */
const PATH_JOIN =
  /^(filepath\.Join|path\.Join|os\.path\.join|path\.join|Paths\.get|Path\.of|Path\.Combine|[\w.]+\.(join|resolve))\s*\(/;
/**
 * The last non-constant part of a path joined in place (`filepath.Join(dest, hdr.Name)` gives `hdr.Name`, and
 * `path.join(DIR, theme, 'manifest.json')` gives `theme`), else the value.
 */
function joinedName(value: SyntaxNode): SyntaxNode {
  if (!isCallNode(value) || !PATH_JOIN.test(value.text.trimStart())) return value;
  const args = (value.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a !== null);
  const named = args.filter((a) => !isConstant(a));
  return args.length > 1 ? (named.at(-1) ?? value) : value;
}
const BUILDS_INTO = /^(sprintf|snprintf|strcpy|strncpy|strcat|strncat|memcpy|memmove|strlcpy|strlcat)$/;
/**
 * The names a check may test for `leaf`: itself, and the one variable it was derived from (`x = request.args["x"]`,
 * `p = realpath(name)`, a C buffer filled from one value). A value built from several variables is covered only by
 * checks of itself: a check of one part (`id`) says nothing of another (`name`).
 */
function namesFor(
  leaf: SyntaxNode,
  sink: SyntaxNode,
  sanitiser: RegExp,
  ctx: RuleContext,
  cls: GuardClass,
): Set<string> {
  const names = new Set([leaf.text.replace(/\s+/g, '')]);
  // `digest[:2]` is made of the characters of `digest`, so a check of the whole string covers the slice (a field
  // `record["name"]` is another value, and keeps its own name only).
  const sliced = leaf.type === 'subscript' && leaf.namedChildren.slice(1).some((k) => k?.type === 'slice');
  if (sliced && leaf.namedChildren[0]) names.add(leaf.namedChildren[0].text.replace(/\s+/g, ''));
  const scope = scopeOf(sink);
  const sources = ctx
    .assignmentsTo(scope, leaf.text)
    .filter((a) => a.node.endIndex <= sink.startIndex)
    .map((a) => ({ parts: [a.value], built: PATH_JOIN.test(a.value.text.trimStart()) }));
  for (const call of ctx.callsInMatching(scope, BUILDS_INTO))
    if (BUILDS_INTO.test(call.name) && call.node.endIndex <= sink.startIndex && rootName(call.args[0]) === leaf.text)
      sources.push({ parts: call.args.slice(1), built: true });
  for (const { parts, built } of sources) {
    const vars = [...new Set(leaves(parts, sanitiser, ctx).map((n) => n.text.replace(/\s+/g, '')))].filter(
      (n) => n !== leaf.text.replace(/\s+/g, ''),
    );
    if (vars.length === 1) names.add(vars[0]!);
    // A path formatted as base then name (`"%s/%s", dir, name`): traversal comes through the name put under the
    // base, so a check of that last part covers the path.
    else if (built && cls === 'path' && vars.length > 1) names.add(vars.at(-1)!);
  }
  return names;
}

/** A `for` loop over the parts of a value (`for node in ast.walk(tree):`): its variable and the walked arguments. */
interface PartLoop {
  variable: string;
  walked: string[];
}

/** The part-walking loops that end before the sink, found once per sink (usually none). */
function partLoops(sink: SyntaxNode, ctx: RuleContext): PartLoop[] {
  const walkers = GUARDS[ctx.language]?.partWalkers;
  if (!walkers) return [];
  const loops: PartLoop[] = [];
  for (const call of ctx.callsIn(scopeOf(sink))) {
    if (!walkers.test(call.name)) continue;
    const loop = call.node.parent;
    const variable = loop?.type === 'for_statement' ? loop.childForFieldName('left') : null;
    if (loop && variable && loop.endIndex <= sink.startIndex)
      loops.push({ variable: variable.text, walked: call.args.map((a) => a.text.replace(/\s+/g, '')) });
  }
  return loops;
}

/**
 * The loop variables that stand for each part of one of the names: a class validator of such a variable
 * (`isinstance(node, SAFE_NODES)`) whose failing branch exits checks every part of the value.
 */
function walkedParts(names: ReadonlySet<string>, loops: readonly PartLoop[]): Set<string> {
  return new Set(loops.filter((l) => l.walked.some((w) => names.has(w))).map((l) => l.variable));
}

/** The receiver of a method: its fields are the object's state, not data the caller passed. */
const OBJECT_STATE = /^(self|cls|this)$/;

function rootName(node: SyntaxNode | undefined): string {
  return /^[&*(\s]*(\w+)/.exec(node?.text ?? '')?.[1] ?? '';
}

/** A callee named after one of the file's helpers (`isSafeName`, `this.escape`, `$this->clean`, Go `s.pathFor`). */
const helperCallee = (names: Iterable<string>, ctx: RuleContext): string => {
  const receivers = methodReceivers(ctx).map((r) => `${r}\\.`);
  return `^(${['this\\.', 'self\\.', '\\$this->', ...receivers].join('|')})?(${[...names].join('|')})$`;
};

/** The language's shapes, with the file's own validating and escaping helpers added (localHelpers.ts). */
function withLocalHelpers(
  shapes: LanguageGuards,
  cls: GuardClass,
  sanitiser: RegExp,
  ctx: RuleContext,
  cwe: string,
): { shapes: LanguageGuards; sanitiser: RegExp } {
  // A helper's returned value checked or sanitised where it is returned (by its shape, not a check trusted by
  // name); helpers found earlier in the file count, so a helper may wrap another.
  // Object state is not the argument the helper is asked to clean (`self.root / name` is checked when `name` is);
  // the caller's parameters and the helper's own locals (Go `p := filepath.Clean(..)`, returned after a check) are.
  const callerData = (params: readonly string[]) => (leaf: SyntaxNode) =>
    params.includes(rootName(leaf)) || !OBJECT_STATE.test(rootName(leaf));
  const checked = (value: SyntaxNode, params: readonly string[]): boolean =>
    /^(checked|sanitised)$/.test(guardedSink(value, [value], cwe, ctx.language, ctx, callerData(params)) ?? '');
  const local = localShapes(shapes, cls, sanitiser, ctx, checked);
  return {
    shapes:
      local.validators.size === 0
        ? shapes
        : {
            ...shapes,
            validators: new RegExp(`${shapes.validators.source}|${helperCallee(local.validators.keys(), ctx)}`),
          },
    sanitiser:
      local.sanitisers.size === 0
        ? sanitiser
        : new RegExp(`${sanitiser.source}|${helperCallee(local.sanitisers, ctx)}`),
  };
}

/**
 * How the sink is guarded ('sanitised', 'checked', 'named-check'), or null; `values` are the sink's arguments.
 * `carries` (taint rules) says which variables carry the rule's input: only those need a check, so a configured
 * base folder or a server-set value beside a checked name does not keep the finding.
 */
export function guardedSink(
  sink: SyntaxNode,
  values: readonly SyntaxNode[],
  cwe: string,
  language: Language,
  ctx: RuleContext,
  carries?: (variable: SyntaxNode) => boolean,
): string | null {
  const cls = GUARD_CLASS[cwe];
  const languageShapes = GUARDS[language];
  if (!cls || !languageShapes || values.length === 0) return null;
  const { shapes, sanitiser } = withLocalHelpers(
    languageShapes,
    cls,
    classSanitisers(languageShapes, cls) ?? /^$/,
    ctx,
    cwe,
  );
  if (values.every((v) => sanitisedValue(v, sanitiser, ctx))) return 'sanitised';
  // A path joined in place from a base and a name: traversal comes through the name (as for a joined local below).
  const named = cls === 'path' ? values.map(joinedName) : values;
  const parts = leaves(named, sanitiser, ctx).filter((leaf) => carries?.(leaf) ?? true);
  if (parts.length === 0) return null;
  const scope = scopeOf(sink);
  const before = scope.text.slice(0, sink.startIndex - scope.startIndex);
  const conditions = controllingConditions(sink, ctx);
  const loops = partLoops(sink, ctx);
  const checks = checkStatements(scope, ctx);
  const preceding = checks.filter((s) => s.endIndex <= sink.startIndex);
  const earlier = scopeIfs(scope, checks, ctx).filter((s) => s.end <= sink.startIndex);
  const switches = preceding.filter((s) => SWITCH_TYPES.test(s.type));
  // `validate_name(x)` (Rust: `validate_name(&x)?;`) or `assert re.fullmatch(..., x)` on the way to the sink: it
  // raises unless x is good.
  const statements = ctx
    .callsInMatching(scope, shapes.raisingChecks)
    .filter((c) => c.node.endIndex <= sink.startIndex)
    .filter((c) => {
      const stmt = c.node.parent?.type === 'try_expression' ? c.node.parent : c.node;
      return stmt.parent?.type === 'expression_statement' && alwaysBefore(stmt, sink);
    });
  // A helper of this file that raises unless its argument passes (`_check_name(name)`, `path = _safe_path(name)`):
  // its body is read, so the evidence is the check's shape, not the helper's name.
  const helperCalls = helperStatements(scope, ctx).filter(
    (c) => c.node.endIndex <= sink.startIndex && alwaysBefore(statementOf(c), sink),
  );
  // `try: int(port) except ValueError: return ...`: the conversion is the check, the handler refuses.
  const convert = shapes.sanitizers.any;
  const trials = preceding
    .filter((s) => s.type === 'try_statement' && alwaysBefore(s, sink))
    .filter((s) => s.namedChildren.some((c) => c?.type === 'except_clause' && EXITS.test(c.text)))
    .flatMap((s) =>
      ctx.callsWithin(s.childForFieldName('body')?.startIndex ?? 0, s.childForFieldName('body')?.endIndex ?? 0),
    )
    .filter((c) => convert?.test(c.name));
  const asserts = preceding.filter((s) => s.type === 'assert_statement' && alwaysBefore(s, sink));
  const covered = (leaf: SyntaxNode): Evidence | null => {
    if (sanitisedValue(leaf, sanitiser, ctx)) return 'shape';
    const names = withElementVariables(
      withCharacterCursors(namesFor(leaf, sink, sanitiser, ctx, cls), sink, ctx),
      sink,
      ctx,
    );
    const q: GuardQuery = { names, parts: walkedParts(names, loops), shapes, cls, ctx, before };
    const found: (Evidence | null)[] = conditions.map((c) => validates(c.cond, q, c.branch));
    if (statements.some((c) => [...c.args, ...c.keywords.values()].some((a) => mentions(a, q.names))))
      found.push('name');
    for (const s of asserts) if (s.namedChildren[0]) found.push(validates(s.namedChildren[0], q, 'holds'));
    if (helperCalls.some((c) => helperChecks(c, q.names, cls, shapes, ctx))) found.push('shape');
    if (trials.some((c) => c.args.some((a) => mentions(a, q.names)))) found.push('shape');
    const overwrites = assignsAny(q.names);
    // The branch that exits (or replaces the value) is the failing one; the sink runs on the other.
    for (const { cond, then, otherwise, init, thenExits, otherwiseExits, negated } of earlier) {
      const thenActs = then !== null && (thenExits || overwrites(then));
      const otherwiseActs = otherwise !== null && (otherwiseExits || overwrites(otherwise));
      const [thenBranch, elseBranch] = negated ? (['holds', 'fails'] as const) : (['fails', 'holds'] as const);
      if (cond && thenActs) found.push(validates(cond, q, thenBranch));
      if (cond && otherwiseActs) found.push(validates(cond, q, elseBranch));
      // Go: `if err := validate(x); err != nil { return err }` checks x in the initializer.
      if (init && thenActs) found.push(initializerCheck(init, q));
    }
    found.push(ternaryChecked(leaf, sink, q, sanitiser), switchChecked(sink, q, switches, overwrites));
    return found.includes('shape') ? 'shape' : found.includes('name') ? 'name' : null;
  };
  const evidence = parts.map(covered);
  if (evidence.includes(null)) return null;
  // Evidence only from a helper's name (`validate_id(x)`, `is_valid(x)`) is weaker: the finding stays, as a note.
  return evidence.includes('name') ? 'named-check' : 'checked';
}

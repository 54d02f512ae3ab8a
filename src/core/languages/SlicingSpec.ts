// The per-language table the PDG builder reads: which grammar node types are functions, blocks,
// control structures, assignments, paths and calls. Each table is the `slicing` field of a LanguageSpec.

/** A field name, '#n' for the n-th named child (from 0), or '*' for every named child. */
export type FieldRef = string;

export interface SlicingSpec {
  /** Node types that start a new PDG (functions, methods, lambdas with statement bodies). */
  functions: string[];
  /** Containers whose named children are statements. */
  blocks: string[];
  /** Statements with a header and governed bodies (if, loops, switch, try, clauses, classes). */
  compounds: string[];
  /** Compounds whose body runs repeatedly, so later definitions reach earlier uses. */
  loops: string[];
  /** Variable-like leaves: their text is the variable name. */
  identifiers: string[];
  /** Member accesses that form cheap paths (`self.x`, `p->len`): [object field, member field]. */
  paths: Record<string, [FieldRef, FieldRef]>;
  /** Calls: the callee field, or [receiver field, method-name field]. */
  calls: Record<string, FieldRef | [FieldRef, FieldRef]>;
  /** Nodes whose listed children are written (assignments, declarations, loop targets, aliases). */
  defines: Record<string, FieldRef[]>;
  /** Nodes whose written children are also read (`x += 1`, `i++`). */
  updates: string[];
  /** In a written position, wrappers that write only their base (`buf[i]`, `*p`, `int a[4]`). */
  writeBase: Record<string, FieldRef>;
  /** Parameter lists of a function: field on the function, or on its declarator (C). */
  parameterFields: string[];
  /** Inside a parameter, children under these fields are not parameter names (types, defaults). */
  parameterSkipFields: string[];
  /** Nodes whose given child is a label, not a variable (`shell=True` in a Python call). */
  labels: Record<string, FieldRef>;
  /** Address-of expressions (`&n` in C): a call argument written through a pointer. */
  addressOf?: string;
  /** Arguments written by the callee: an argument of one of `types` with a child token in `markers`
   *  (C# `out x` / `ref x`, Rust `&mut x`) writes its named children other than labels. */
  outArguments?: { types: string[]; markers: string[] };
  /** Unary nodes in `defines` that write only with `++`/`--` (C#'s also cover `!x`, `-x`, `x!`). */
  incrementOnly?: string[];
  /** Inside a parameter, children of these types are not parameter names (attributes). */
  parameterSkipTypes?: string[];
  /** Calls whose first argument is written (C out-parameters such as strcpy). */
  writesFirstArgument: string[];
  /** Line comment used for elision markers. */
  comment: string;
  /** True when blocks close with a brace on their own line worth keeping. */
  braces: boolean;
}

// The shape of one language's guard and sanitiser data (guardShapes.ts holds the values per language).

/** Weakness classes whose sinks a guard can make safe; each has its own sanitisers. */
export type GuardClass = 'command' | 'path' | 'query' | 'code' | 'redirect' | 'markup' | 'integrity';

export interface LanguageGuards {
  /**
   * Calls that test the value they are given (or called on): pattern matches, allow-list look-ups, character-class
   * tests, constant-time comparison, permission/ownership checks. Matched against the full callee name.
   */
  validators: RegExp;
  /** Helpers whose name says they check (`is_valid(x)`, `has_permission(user, x)`): weaker evidence, see guardedSink. */
  namedChecks: RegExp;
  /** Validators of a walked part (`partWalkers`) for one class (`isinstance(node, SAFE_NODES)` for code). */
  classValidators?: Partial<Record<GuardClass, RegExp>>;
  /**
   * Calls that walk a value's parts (`ast.walk(tree)`): a check of the loop variable inside a loop over them, whose
   * failing branch exits, checks every part and so the value.
   */
  partWalkers?: RegExp;
  /** Methods that test the value they are called on (`x.isdigit()`, `x.matches("[a-z]+")`). */
  receiverChecks: RegExp;
  /** Helpers called as a statement that raise or exit on bad input (`validate_name(x)`), by last name segment. */
  raisingChecks: RegExp;
  /** `x in ALLOWED` / `x not in ALLOWED` (Python's membership operator). */
  membership: boolean;
  /** `_, ok := allowed[x]` then a test of `ok` (Go's comma-ok map lookup in an allow-list). */
  keyLookups?: boolean;
  /** Prefix checks that validate a path only after it was normalised (`realpath` then `startswith`). */
  prefixChecks: RegExp;
  /** Normalising calls; a prefix check counts only in a function that calls one of them. */
  normalisers: RegExp;
  /**
   * Literals whose presence test rejects the class's attack (`".." in name` then exit, for paths): a deny-list that
   * the failing branch must leave by. Python's membership operator only.
   */
  forbiddenParts?: Partial<Record<GuardClass, RegExp>>;
  /** A path's ancestors (`base in target.parents` after `resolve()`): containment, like a prefix check. */
  ancestors?: RegExp;
  /**
   * Parts of a parsed URL whose comparison checks where a redirect goes (`urlparse(u).netloc in ALLOWED`,
   * `parts.netloc != request.host`): for the redirect class, a comparison of one of them, by any operator, counts.
   */
  urlHostParts?: RegExp;
  /** Properties of a resolved address whose test checks where a server-side fetch goes (redirect class). */
  addressChecks?: RegExp;
  /**
   * `all(test for ch in x)`: a test of every element of the value, given as a generator over it (not `all([a, b])`,
   * which only says the values are present).
   */
  elementChecks?: RegExp;
  /** Checks that the data is ours (a MAC compared in constant time): the only guards of the integrity class. */
  integrityChecks?: RegExp;
  /**
   * Filtering calls whose result is a number, a boolean or an address when given one of `filters`
   * (`filter_var($x, FILTER_VALIDATE_INT)`): safe for every class, like `any`.
   */
  numericFilters?: { calls: RegExp; filters: RegExp };
  /**
   * What the body of a helper defined in the same file must show to count as a check of one class (a path helper
   * that compares characters with '/' or searches for ".."); read by `localCheckHelpers.ts`.
   */
  helperBodies?: Partial<Record<GuardClass, RegExp>>;
  /** Calls whose result is safe for the class; `any` serves every class (numbers, UUIDs). */
  sanitizers: Partial<Record<GuardClass | 'any', RegExp>>;
}

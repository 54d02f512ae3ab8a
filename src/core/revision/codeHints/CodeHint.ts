// A code hint: a cheap textual sign that code has the SHAPE of one weakness (a pointer from a lookup
// dereferenced with no NULL test, a use after free). Weaker than an analyser finding (no parse, no data
// flow, no guard reasoning), so it only adds to the CWE score of advisories that already match the code
// lexically (createAdvisor); it never reports anything to the user.
export interface CodeHint {
  /** The weakness the shape belongs to. */
  cwe: string;
  /** Language families (LanguageSpec.family) whose code the hint reads. */
  families: readonly string[];
  /** True when the shape occurs in the code. */
  present(code: string): boolean;
}

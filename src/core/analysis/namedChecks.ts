// Helper names that say a function checks its argument, shared by the languages' guard shapes (guardShapes.ts).

export const NAMED_CHECKS =
  /(^|\.)(is_?[Vv]alid\w*|[Vv]alidate\w*|is_?[Ss]afe\w*|is_?[Aa]llowed\w*|allowed_\w+|has_?[Pp]erm\w*|check_?[Pp]erm\w*|can_\w+|is_?[Oo]wner\w*|authori[sz]e\w*)$/;

/** C reports failure in return values, so only languages with exceptions use these. `check_output` runs a program. */
export const RAISING = /^(validate|ensure|verify|assert)\w*$|^check(?!_output|_call|Output|Call)[A-Z_]\w*$/;

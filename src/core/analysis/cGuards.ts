// C and C++ guard and sanitiser shapes (guardShapes.ts lists them with the other languages').
import type { LanguageGuards } from './LanguageGuards';
import { NAMED_CHECKS } from './namedChecks';

export const C_GUARDS: LanguageGuards = {
  validators: new RegExp(`^(strspn|strcspn|strpbrk|isdigit|isalnum|isalpha|isxdigit|regexec|fnmatch)$`),
  namedChecks: NAMED_CHECKS,
  receiverChecks: /^$/,
  raisingChecks: /^$/,
  membership: false,
  prefixChecks: /^(strncmp|memcmp|strcmp)$/,
  normalisers: /\b(realpath|canonicalize_file_name)\s*\(/,
  helperBodies: {
    path: /[=!]=\s*'\/'|'\/'\s*[=!]=|\b(strchr|strstr|strpbrk|strcspn)\s*\([^;]*("\.\."|'\/'|"[^"]*\/)/,
    // A command helper admits only listed characters: `strspn(s, "a-z0-9...") == n`, or isalnum per character.
    command: /\bstrspn\s*\([^;]*"|\bis(alnum|alpha|digit|xdigit)\s*\(/,
  },
  sanitizers: {
    any: /^(atoi|atol|strtol|strtoul|strtoll|strtoull|strtod)$/,
    path: /^(basename)$/,
  },
};

/**
 * C++ adds its own idioms to C's: `std::regex_match`, `std::all_of(s.begin(), s.end(), ok)`, searches on the string
 * itself (`name.find("..") != npos`, `s.find_first_not_of(allowed)`), and std::filesystem's normalisers with a
 * prefix comparison (`std::mismatch(base.begin(), base.end(), p.begin())`, `p.string().starts_with(base)`).
 */
export const CPP_GUARDS: LanguageGuards = {
  ...C_GUARDS,
  validators: new RegExp(`${C_GUARDS.validators.source}|^(std::)?(regex_match|regex_search|all_of|none_of|any_of)$`),
  receiverChecks: /\.(find|find_first_of|find_first_not_of|contains)$/,
  prefixChecks: /^(strncmp|memcmp|strcmp|(std::)?(mismatch|equal))$|\.(starts_with|compare|rfind)$/,
  normalisers: /\b(realpath|canonicalize_file_name|canonical|weakly_canonical|lexically_normal)\s*\(/,
};

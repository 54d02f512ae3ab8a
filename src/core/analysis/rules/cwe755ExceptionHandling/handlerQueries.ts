// One tree-sitter query per language: each exception handler as @hit, its try statement as @try.
import type { Language } from '../../../task/Task';

const CATCH = '(try_statement (catch_clause) @hit) @try';

export const HANDLER_QUERIES: Partial<Record<Language, string>> = {
  python: '(try_statement (except_clause) @hit) @try',
  javascript: CATCH,
  typescript: CATCH,
  java: CATCH,
  csharp: CATCH,
  php: CATCH,
  cpp: CATCH,
};

// CWE-798: passwords, keys and tokens written into the source as string literals.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule } from '../Rule';
import type { Language } from '../../task/Task';
import { isConstant } from '../stringShape';

const SECRET_NAME =
  /(^|[^a-z])(pass(word|wd)?|pwd|secret|api_?key|apikey|access_?key|auth_?token|private_?key|secret_?key|client_?secret|token|credentials?)['"\]]*$/i;
const NOT_A_SECRET =
  /(field|label|prompt|url|uri|path|file|name|type|pattern|regex|hash|length|len|header|param|policy|input|form|column|message|msg|error|endpoint|format|prefix|env|var|id)['"\]]*$/i;

function literalValue(node: SyntaxNode): string | null {
  if (!isConstant(node) || !/string|encapsed/.test(node.type)) return null;
  const text = node.text.replace(/^[a-zA-Z]*(['"`]{1,3})/, '').replace(/(['"`]{1,3})$/, '');
  return text;
}

function looksLikeSecret(name: string, value: string): boolean {
  if (!SECRET_NAME.test(name) || NOT_A_SECRET.test(name)) return false;
  if (value.length < 4 || value.length > 200 || /\s/.test(value) || /[{}%$]/.test(value)) return false;
  return !/^(none|null|true|false|changeme|password|secret|token|xxx+|\*+|<.*>|test|example|\.\.\.)$/i.test(value);
}

const ASSIGN: Partial<Record<Language, string>> = {
  python:
    '[(assignment left: (_) @name right: (string) @value) (keyword_argument name: (_) @name value: (string) @value) (pair key: (_) @name value: (string) @value) (comparison_operator (_) @name (string) @value)] @hit',
  javascript:
    '[(variable_declarator name: (_) @name value: (string) @value) (pair key: (_) @name value: (string) @value) (assignment_expression left: (_) @name right: (string) @value) (binary_expression left: (_) @name right: (string) @value)] @hit',
  typescript:
    '[(variable_declarator name: (_) @name value: (string) @value) (pair key: (_) @name value: (string) @value) (assignment_expression left: (_) @name right: (string) @value)] @hit',
  java: '[(variable_declarator name: (_) @name value: (string_literal) @value) (assignment_expression left: (_) @name right: (string_literal) @value)] @hit',
  go: '[(short_var_declaration left: (_) @name right: (expression_list (interpreted_string_literal) @value)) (const_spec name: (_) @name value: (expression_list (interpreted_string_literal) @value)) (var_spec name: (_) @name value: (expression_list (interpreted_string_literal) @value)) (keyed_element (_) @name (_) @value)] @hit',
  php: '[(assignment_expression left: (_) @name right: [(string) (encapsed_string)] @value)] @hit',
  c: '[(init_declarator declarator: (_) @name value: (string_literal) @value) (preproc_def name: (_) @name value: (preproc_arg) @value)] @hit',
  cpp: '[(init_declarator declarator: (_) @name value: (string_literal) @value) (preproc_def name: (_) @name value: (preproc_arg) @value)] @hit',
};

export const hardcodedCredentials: QueryRule = {
  id: 'hardcoded-credentials',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'],
  message: 'A credential (password, key or token) is hard-coded in the source.',
  fix: 'Read secrets from the environment or a secret store at run time, and compare password hashes, not literals.',
  kind: 'query',
  query: ASSIGN,
  predicate: ({ name, value }) => {
    if (!name || !value) return false;
    const raw = value.type === 'preproc_arg' ? value.text.trim().replace(/^"|"$/g, '') : literalValue(value);
    return raw !== null && looksLikeSecret(name.text.replace(/\s+/g, ''), raw);
  },
};

// CWE-798 hard-coded credentials: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { isConstant } from '../stringShape';
import { callRule } from '../callRule';
import type { Language } from '../../task/Task';

const CS_SECRET_NAME =
  /(pass(word|wd)?|pwd|secret|api_?key|apikey|access_?key|token|private_?key|signing_?key|client_?secret)$/i;

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

const RUST_SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;

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

export const credentialInLiteral: QueryRule = {
  id: 'credential-in-literal',
  cwe: 'CWE-798',
  severity: 'error',
  kind: 'query',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'],
  query: {
    python: '(string) @hit',
    javascript: '(string) @hit',
    typescript: '(string) @hit',
    java: '(string_literal) @hit',
    go: '(interpreted_string_literal) @hit',
    php: '[(string) (encapsed_string)] @hit',
    c: '(string_literal) @hit',
    cpp: '(string_literal) @hit',
  },
  message: 'A password is embedded in a connection string, a key literal or a literal password argument.',
  fix: 'Read the connection string, key or password from the environment or a secret store.',
  predicate: ({ hit }) => {
    if (!hit || !isConstant(hit)) return false;
    if (/^['"`]\w+:\/\/[^:/@\s'"]+:[^@\s'"${}<>]{3,}@[\w.-]+/.test(hit.text)) return true;
    const parent = hit.parent;
    // "literal".getBytes() stored under a key-like name.
    if (parent?.type === 'method_invocation' && /\.getBytes\(/.test(parent.text)) {
      return /(KEY|SECRET|key|secret)\w*\s*=/.test(parent.parent?.parent?.text.slice(0, 80) ?? '');
    }
    // new PDO(dsn, user, 'password'), mysqli_connect(host, user, 'password').
    const call = parent?.parent;
    if (
      parent?.type === 'argument' &&
      call &&
      /^(new\s+PDO|mysqli_connect|new\s+mysqli)\b/.test(call.parent?.text ?? '')
    ) {
      const index = call.namedChildren.findIndex((c) => c?.startIndex === parent.startIndex);
      return index === 2 && hit.text.length > 4;
    }
    return false;
  },
};

export const csConnectionStringPassword: QueryRule = {
  id: 'cs-connection-string-password',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['csharp'],
  kind: 'query',
  message: 'A password is written into a connection string in the source code.',
  fix: 'Read the connection string from configuration or a secret store (user secrets, Key Vault, environment).',
  query: { csharp: '[(string_literal) (verbatim_string_literal)] @hit' },
  predicate: ({ hit }) => !!hit && /(^|;)\s*(password|pwd)\s*=\s*[^;{"\s]{3,}/i.test(hit.text.replace(/^@?"/, '')),
};

export const csHardcodedSecret: QueryRule = {
  id: 'cs-hardcoded-secret',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['csharp'],
  kind: 'query',
  message: 'A secret (password, key or token) is written into the source as a literal.',
  fix: 'Load secrets from configuration, environment or a secret store at startup.',
  query: { csharp: '(variable_declarator (identifier) @name (string_literal) @value) @hit' },
  predicate: ({ name, value }) =>
    !!name && !!value && CS_SECRET_NAME.test(name.text) && /^"[^"\s{}]{6,}"$/.test(value.text),
};

export const rustHardcodedSecret: QueryRule = {
  id: 'rust-hardcoded-secret',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['rust'],
  kind: 'query',
  query: {
    rust: '(const_item name: (identifier) @name value: (string_literal) @value) @hit\n(static_item name: (identifier) @name value: (string_literal) @value) @hit',
  },
  message: 'A credential is a string constant in the source, so anyone with the code or binary has it.',
  fix: 'Read secrets at run time from the environment or a secret store (std::env::var), never from constants.',
  predicate: ({ name, value }) =>
    !!name &&
    !!value &&
    RUST_SECRET_NAME.test(name.text) &&
    value.text.length >= 8 &&
    !/^"(\s*|changeme|xxx+|<[^>]*>|\$\{.*\})"$/i.test(value.text) &&
    !/_(ENV|VAR|FILE|PATH|HEADER|NAME)$/i.test(name.text),
};

/** Names that hold a password, passphrase, PIN or API key given by a user. */
const C_SECRET_NAME = /pass(word|wd|phrase)?|pwd|\bpin\b|secret|api_?key/i;

/** The compared value is a secret-named variable and the other side a non-empty string literal. */
function comparesSecretToLiteral(a: SyntaxNode | undefined, b: SyntaxNode | undefined): boolean {
  if (!a || !b) return false;
  const [name, literal] = /string_literal/.test(a.type) ? [b, a] : [a, b];
  return (
    /string_literal/.test(literal.type) &&
    /^"[^"]{3,}"$/.test(literal.text) &&
    !/string_literal/.test(name.type) &&
    C_SECRET_NAME.test(name.text.replace(/\.c_str\(\)$/, ''))
  );
}

export const cPasswordLiteralCompare = callRule({
  id: 'c-password-literal-compare',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'A password or key is checked against a literal written in the program, which anyone with the binary can read.',
  fix: 'Store a salted slow hash (argon2id, scrypt, PBKDF2) outside the code and compare the hash of the input in constant time.',
  callee: { c: /^(strcmp|strncmp|strcasecmp|memcmp)$/, cpp: /^(std::)?(strcmp|strncmp|strcasecmp|memcmp)$|\.compare$/ },
  when: (call) => {
    if (call.last === 'compare') {
      const receiver = call.node.childForFieldName('function')?.childForFieldName('argument');
      return comparesSecretToLiteral(receiver ?? undefined, call.args[0]);
    }
    return comparesSecretToLiteral(call.args[0], call.args[1]);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe798HardcodedCredentials: readonly Rule[] = [
  hardcodedCredentials,
  credentialInLiteral,
  csConnectionStringPassword,
  csHardcodedSecret,
  rustHardcodedSecret,
  cPasswordLiteralCompare,
];

// CWE-798 hard-coded credentials: the analyser rules for this weakness, in registry order. Passwords are the more
// specific CWE-259 (cwe259HardcodedPassword.ts) and keys fed to a cipher CWE-321 (cwe321HardcodedCryptoKey.ts); the
// shared shapes live here so each rule reports the most specific id that fits.
import type { QueryRule, Rule } from '../Rule';
import { isTestModule } from '../ruleParts/testModules';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { isConstant } from '../stringShape';
import { namedChildren } from '../walk';
import { callRule } from '../callRule';
import type { Language } from '../../task/Task';
import { catalogueEntry, namesItsOwnKey } from '../ruleParts/messageCatalogue';
import { secretMetadataNumber } from '../ruleParts/secretMetadataNumber';

/** Names of passwords (CWE-259's): `password`, `dbPasswd`, `pwd`, and a bare `pass` key (`auth: { pass }`). */
export const PASSWORD_KEY = /pass(word|wd|phrase)|pwd|(^|[^a-z])pass['"]?$/i;

export const CS_SECRET_NAME =
  /(pass(word|wd)?|pwd|secret|api_?key|apikey|access_?key|token|private_?key|signing_?key|client_?secret)$/i;

const SECRET_NAME =
  /(^|[^a-z])(pass(word|wd)?|pwd|secret|api_?key|apikey|access_?key|auth_?token|private_?key|secret_?key|client_?secret|token|credentials?)['"\]]*$/i;

const NOT_A_SECRET =
  /(field|label|prompt|url|uri|path|file|name|type|pattern|regex|hash|length|len|header|param|policy|input|form|column|message|msg|error|endpoint|format|prefix|env|var|id|algorithm|algo|scheme|method|strategy|backend)['"\]]*$/i;

export function literalValue(node: SyntaxNode): string | null {
  if (!isConstant(node) || !/string|encapsed/.test(node.type)) return null;
  const text = node.text.replace(/^[a-zA-Z]*(['"`]{1,3})/, '').replace(/(['"`]{1,3})$/, '');
  return text;
}

export function looksLikeSecret(rawName: string, value: string, namePattern: RegExp = SECRET_NAME): boolean {
  // camelCase words count like snake_case ones: `jwtSecret`, `dbPassword`, `passwordField`.
  const name = rawName.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  if (!namePattern.test(name) || NOT_A_SECRET.test(name)) return false;
  // An escape sequence is one character: `"\001"` is a one-byte sentinel (an empty-password marker), not a secret.
  const length = value.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|.)/g, '.').length;
  if (length < 4 || value.length > 200 || /\s/.test(value) || /[{}%$]/.test(value)) return false;
  // The Fetch API's credentials mode (`credentials: 'same-origin'`) says whether cookies go along, it holds none.
  if (/credentials?['"]?$/i.test(name) && /^(same-origin|include|omit)$/.test(value)) return false;
  // A colon-prefixed word (`token: ':url'`, `':user-agent'`) is a route or log-format placeholder, filled in later.
  if (/^:[\w-]+$/.test(value)) return false;
  // A value that spells its own key (`clientSecret: 'clientsecret'`, `api_key = "API_KEY"`) is a placeholder.
  const letters = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters(value).length >= 4 && letters(name).includes(letters(value))) return false;
  // An object identifier (`2.16.840.1.113730.3.4.4`, how LDAP controls and X.509 extensions are named) is a public
  // registry number: `ControlTypePasswordExpired = "..."` names the control, it holds no password.
  if (/^[0-2](\.\d+){4,}$/.test(value)) return false;
  // JavaScript type names are what `typeof password === 'string'` compares with, not secrets.
  return !/^(none|null|true|false|changeme|password|secret|token|xxx+|\*+|<.*>|test|example|\.\.\.|string|number|object|undefined|boolean|function)$/i.test(
    value,
  );
}

export const ASSIGN: Partial<Record<Language, string>> = {
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

export const RUST_SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;

export const hardcodedCredentials: QueryRule = {
  id: 'hardcoded-credentials',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'],
  message: 'A credential (password, key or token) is hard-coded in the source.',
  fix: 'Read secrets from the environment or a secret store at run time, and compare password hashes, not literals.',
  kind: 'query',
  query: ASSIGN,
  predicate: ({ name, value }) => !!name && !PASSWORD_KEY.test(name.text) && assignsSecret(name, value),
};

/** A string key that is a qualified type or path (`"AWS::IAM::AccessKey"`, `"vendor/api_key"`) names a kind of
 * resource in a table (a schema, a registry), not a variable that holds a secret. */
function qualifiedKey(name: SyntaxNode): boolean {
  return /string/.test(name.type) && /::|\//.test(name.text);
}

/** `name = "literal"` where the name says secret and the literal looks like one (not a placeholder). */
export function assignsSecret(
  name: SyntaxNode | undefined,
  value: SyntaxNode | undefined,
  namePattern: RegExp = SECRET_NAME,
): boolean {
  if (!name || !value || qualifiedKey(name) || catalogueEntry(name.text)) return false;
  const raw = value.type === 'preproc_arg' ? value.text.trim().replace(/^"|"$/g, '') : literalValue(value);
  return (
    raw !== null &&
    !namesItsOwnKey(name.text, raw) &&
    !secretMetadataNumber(name.text, raw) &&
    looksLikeSecret(name.text.replace(/\s+/g, ''), raw, namePattern)
  );
}

export const javaSecretLiteralBytes: QueryRule = {
  id: 'java-secret-literal-bytes',
  cwe: 'CWE-798',
  severity: 'error',
  kind: 'query',
  languages: ['java'],
  query: { java: '(string_literal) @hit' },
  message: 'A secret literal is turned into key bytes and stored under a secret-like name.',
  fix: 'Read the secret from the environment or a secret store.',
  // "literal".getBytes() stored under a secret-like name; keys (KEY) are CWE-321's hardcoded-crypto-key.
  predicate: ({ hit }) => {
    const parent = hit?.parent;
    if (!hit || !isConstant(hit) || parent?.type !== 'method_invocation' || !/\.getBytes\(/.test(parent.text))
      return false;
    return /(SECRET|secret|TOKEN|token)\w*\s*=/.test(parent.parent?.parent?.text.slice(0, 80) ?? '');
  },
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
  predicate: ({ name, value }) => !!name && !PASSWORD_KEY.test(name.text) && csSecretAssigned(name, value),
};

export function csSecretAssigned(name: SyntaxNode | undefined, value: SyntaxNode | undefined): boolean {
  return !!name && !!value && CS_SECRET_NAME.test(name.text) && /^"[^"\s{}]{6,}"$/.test(value.text);
}

/** `const`, `static` and `let` bindings of a name to a value, for rules that look for literal secrets. */
export const RUST_LITERAL_BINDINGS =
  '(const_item name: (identifier) @name value: (_) @value) @hit\n(static_item name: (identifier) @name value: (_) @value) @hit\n(let_declaration pattern: (identifier) @name value: (_) @value) @hit';

/** Conversions that keep a literal's text: `b"..".to_vec()`, `"..".to_string()`, `"..".as_bytes()`. */
const KEEPS_LITERAL = /^(to_vec|to_string|to_owned|as_bytes|into|as_ref)$/;

/** The string or byte-string literal a value is, directly or through conversions that keep it (`String::from("..")`). */
export function rustLiteral(value: SyntaxNode | null): SyntaxNode | null {
  if (!value) return null;
  if (/^(string_literal|raw_string_literal)$/.test(value.type)) return value;
  if (value.type === 'reference_expression') return rustLiteral(value.childForFieldName('value'));
  if (value.type !== 'call_expression') return null;
  const fn = value.childForFieldName('function');
  const args = namedChildren(value.childForFieldName('arguments'));
  if (fn?.type === 'field_expression' && KEEPS_LITERAL.test(fn.childForFieldName('field')?.text ?? '') && !args.length)
    return rustLiteral(fn.childForFieldName('value'));
  return /^(String|Vec)::from$/.test(fn?.text ?? '') && args.length === 1 ? rustLiteral(args[0]!) : null;
}

export const rustHardcodedSecret: QueryRule = {
  id: 'rust-hardcoded-secret',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['rust'],
  kind: 'query',
  query: {
    rust: RUST_LITERAL_BINDINGS,
  },
  message: 'A credential is a string constant in the source, so anyone with the code or binary has it.',
  fix: 'Read secrets at run time from the environment or a secret store (std::env::var), never from constants.',
  predicate: ({ name, value }) =>
    !!name && !PASSWORD_KEY.test(name.text) && rustSecretConstant(name, rustLiteral(value ?? null) ?? undefined),
};

/**
 * A byte string of 16 or more bytes bound to `key` or a key named for a cryptographic use (`signing_key`, `hmac_key`):
 * key material. A `cache_key` or `map_key` names a look-up, not a secret.
 */
const RUST_KEY_BYTES = {
  name: /^(key|(\w+_)?(signing|hmac|mac|secret|aes|cipher|encryption|enc|master|jwt|session|private|crypto)_?key)$/i,
  value: /^b"[^"]{16,}"$/,
};

export function rustSecretConstant(name: SyntaxNode | undefined, value: SyntaxNode | undefined): boolean {
  return (
    !!name &&
    !!value &&
    (RUST_SECRET_NAME.test(name.text) ||
      (RUST_KEY_BYTES.name.test(name.text) && RUST_KEY_BYTES.value.test(value.text))) &&
    value.text.length >= 8 &&
    !/^"(\s*|changeme|xxx+|<[^>]*>|\$\{.*\})"$/i.test(value.text) &&
    !/_(ENV|VAR|FILE|PATH|HEADER|NAME)$/i.test(name.text)
  );
}

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

/** The same check written with `==` on a std::string (`if (password == "s3cret")`). */
export const cppPasswordLiteralEquals: QueryRule = {
  id: 'cpp-password-literal-equals',
  cwe: 'CWE-798',
  severity: 'error',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(binary_expression left: (_) @left operator: ["==" "!="] right: (_) @right) @hit' },
  message: cPasswordLiteralCompare.message,
  fix: cPasswordLiteralCompare.fix,
  predicate: ({ left, right }) => comparesSecretToLiteral(left, right),
  // A unit test compares what the code under test returns with the literal it was given: shown, not counted.
  tierOf: (_captures, ctx) => (isTestModule(ctx) ? 'note' : 'finding'),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe798HardcodedCredentials: readonly Rule[] = [
  hardcodedCredentials,
  javaSecretLiteralBytes,
  csHardcodedSecret,
  rustHardcodedSecret,
  cPasswordLiteralCompare,
  cppPasswordLiteralEquals,
];

// CWE-259 hard-coded passwords: the analyser rules for this weakness, in registry order. A password literal is the
// most specific case of CWE-798 (its parent), so these rules take the password-shaped matches the 798 rules leave.
import type { QueryRule, Rule } from '../Rule';
import { isConstant } from '../stringShape';
import { callRule } from '../callRule';
import { isTestModule } from '../ruleParts/testModules';
import { STRINGS } from '../ruleParts/clientKey';
import {
  ASSIGN,
  PASSWORD_KEY,
  assignsSecret,
  csSecretAssigned,
  RUST_LITERAL_BINDINGS,
  rustLiteral,
  rustSecretConstant,
} from './cwe798HardcodedCredentials';

const meta = {
  cwe: 'CWE-259',
  severity: 'error' as const,
  fix: 'Read the password from the environment or a secret store at run time; store and compare only password hashes.',
};

export const hardcodedPassword: QueryRule = {
  ...meta,
  id: 'hardcoded-password',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'],
  message: 'A password is written into the source as a literal (assigned, passed or compared).',
  kind: 'query',
  query: ASSIGN,
  // PASSWORD_KEY also matches camelCase names (`adminPassword`) that the generic secret pattern misses.
  predicate: ({ name, value }) => assignsSecret(name, value, PASSWORD_KEY),
  // A test module's password logs into the app under test; it is shown, not counted.
  tierOf: (_captures, ctx) => (isTestModule(ctx) ? 'note' : 'finding'),
};

/** `scheme://user:password@host` written out in full. */
const URL_WITH_PASSWORD = /^['"`]\w+:\/\/[^:/@\s'"]+:[^@\s'"${}<>]{3,}@[\w.-]+/;

export const credentialInLiteral: QueryRule = {
  ...meta,
  id: 'credential-in-literal',
  kind: 'query',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'],
  query: {
    ...STRINGS,
    c: '(string_literal) @hit',
    cpp: '(string_literal) @hit',
  },
  message: 'A password is embedded in a connection URL or passed as a literal password argument.',
  predicate: ({ hit }) => {
    if (!hit || !isConstant(hit)) return false;
    if (URL_WITH_PASSWORD.test(hit.text)) return true;
    // new PDO(dsn, user, 'password'), mysqli_connect(host, user, 'password').
    const parent = hit.parent;
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
  // A test module's URL logs into a test server or fixture database.
  tierOf: (_captures, ctx) => (isTestModule(ctx) ? 'note' : 'finding'),
};

export const csConnectionStringPassword: QueryRule = {
  ...meta,
  id: 'cs-connection-string-password',
  languages: ['csharp'],
  kind: 'query',
  message: 'A password is written into a connection string in the source code.',
  fix: 'Read the connection string from configuration or a secret store (user secrets, Key Vault, environment).',
  query: { csharp: '[(string_literal) (verbatim_string_literal)] @hit' },
  predicate: ({ hit }) => !!hit && /(^|;)\s*(password|pwd)\s*=\s*[^;{"\s]{3,}/i.test(hit.text.replace(/^@?"/, '')),
};

export const csHardcodedPassword: QueryRule = {
  ...meta,
  id: 'cs-hardcoded-password',
  languages: ['csharp'],
  kind: 'query',
  message: 'A password is written into the source as a string literal.',
  query: { csharp: '(variable_declarator (identifier) @name (string_literal) @value) @hit' },
  predicate: ({ name, value }) => !!name && PASSWORD_KEY.test(name.text) && csSecretAssigned(name, value),
};

export const rustHardcodedPassword: QueryRule = {
  ...meta,
  id: 'rust-hardcoded-password',
  languages: ['rust'],
  kind: 'query',
  message: 'A password is a string constant in the source, so anyone with the code or binary has it.',
  query: {
    rust: RUST_LITERAL_BINDINGS,
  },
  predicate: ({ name, value }) =>
    !!name && PASSWORD_KEY.test(name.text) && rustSecretConstant(name, rustLiteral(value ?? null) ?? undefined),
};

/** Every rule in this file, in the order the registry runs them. */
export const javaLiteralConnectionPassword = callRule({
  ...meta,
  id: 'java-literal-connection-password',
  languages: ['java'],
  message: 'The database password is a string literal in the code, so anyone with the source or the jar has it.',
  // DriverManager.getConnection(url, user, password) and the DataSource setters.
  callee: { java: /^DriverManager\.getConnection$|\.setPassword$/ },
  when: (call) => {
    const password = call.name.endsWith('setPassword') ? call.args[0] : call.args[2];
    return !!password && password.type === 'string_literal' && password.text.length > 2;
  },
});

export const cwe259HardcodedPassword: readonly Rule[] = [
  javaLiteralConnectionPassword,
  hardcodedPassword,
  credentialInLiteral,
  csConnectionStringPassword,
  csHardcodedPassword,
  rustHardcodedPassword,
];

// CWE-312 cleartext storage of sensitive data: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { scopeOf } from '../walk';

const ALL = ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'] as const;

/** A bare variable that holds a secret (not a hash of it). */
const SECRET_NAME =
  /^\$?(\w+\.)?(password|passwd|secret|refresh_?token|access_?token|api_?key|card_?number|cvv|ssn|private_?key)$/i;

const HASHED = /hash|digest|encrypt|bcrypt|argon|scrypt|pbkdf|redact|mask|tokeni[sz]e/i;

const isSecretArg = (a: SyntaxNode): boolean => SECRET_NAME.test(a.text.trim());

const ASSIGN = {
  javascript: '(variable_declarator) @hit',
  typescript: '(variable_declarator) @hit',
  php: '(assignment_expression) @hit',
  python: '(assignment) @hit',
};

export const secretLogged = callRule({
  id: 'secret-logged',
  cwe: 'CWE-312',
  severity: 'warning',
  languages: [...ALL],
  message: 'A password, token or the raw request headers are written to a log or file in clear text.',
  fix: 'Leave secrets out of logs and files (log the user name or a redacted header set instead).',
  callee: {
    python: /(^|\.)(debug|info|warning|error|critical|exception|log|write)$|^print$/,
    javascript: /^console\.\w+$|(^|\.)(debug|info|warn|error|log|write|appendFileSync|writeFileSync)$/,
    typescript: /^console\.\w+$|(^|\.)(debug|info|warn|error|log|write|appendFileSync|writeFileSync)$/,
    java: /(^|\.)(debug|info|warn|error|trace|println|write)$/,
    go: /^(log|logger|slog)\.\w+$|^fmt\.Fprint(f|ln)?$/,
    php: /^(error_log|file_put_contents|fwrite|syslog)$/,
    c: /^(fprintf|syslog|fputs)$/,
    cpp: /^(std::)?(fprintf|syslog|fputs)$/,
  },
  when: (call) => call.args.some(isSecretArg) || call.args.some((a) => /^\w+\.Header$/.test(a.text)),
});

export const secretStoredRaw = callRule({
  id: 'secret-stored-raw',
  cwe: 'CWE-312',
  severity: 'warning',
  languages: ['python', 'java', 'javascript', 'typescript', 'php', 'go'],
  message: 'A secret is stored in the database or browser storage exactly as received.',
  fix: 'Store a hash (passwords), an encrypted value (tokens you must reuse) or a payment-provider token instead.',
  callee: {
    python: /(^|\.)(execute|executemany)$/,
    java: /(^|\.)setString$/,
    go: /(^|\.)(Exec|ExecContext)$/,
    php: /->(execute|bind_param)$/,
    javascript: /^(localStorage|sessionStorage)\.setItem$|(^|\.)(query|execute|run)$/,
    typescript: /^(localStorage|sessionStorage)\.setItem$|(^|\.)(query|execute|run)$/,
  },
  when: (call) => {
    if (/Storage\.setItem$/.test(call.name)) return /token|secret|password|key/i.test(call.args[0]?.text ?? '');
    const values = call.args.flatMap((a) =>
      /tuple|list|array/.test(a.type) ? a.namedChildren.filter((c): c is SyntaxNode => c !== null) : [a],
    );
    return values.some(isSecretArg) && /\b(insert|update)\b/i.test(scopeOf(call.node).text);
  },
});

export const secretCopiedForStorage: QueryRule = {
  id: 'secret-kept-as-is',
  cwe: 'CWE-312',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'php', 'python'],
  kind: 'query',
  query: ASSIGN,
  message: 'The value prepared for storage is the secret itself, unhashed and unencrypted.',
  fix: 'Hash passwords (bcrypt/argon2) or encrypt secrets you must read back before storing them.',
  predicate: ({ hit }) => {
    const target = hit?.childForFieldName('name') ?? hit?.childForFieldName('left');
    const value = hit?.childForFieldName('value') ?? hit?.childForFieldName('right');
    return (
      !!target &&
      !!value &&
      /^\$?(stored|to_?store|saved|persisted|record_?value)$/i.test(target.text) &&
      isSecretArg(value) &&
      !HASHED.test(value.text)
    );
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe312CleartextStorage: readonly Rule[] = [secretLogged, secretStoredRaw, secretCopiedForStorage];

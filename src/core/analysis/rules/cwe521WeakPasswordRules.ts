// CWE-521 weak password requirements: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';

const NUMBERS = {
  python: '(integer) @hit',
  javascript: '(number) @hit',
  typescript: '(number) @hit',
  java: '(decimal_integer_literal) @hit',
  go: '(int_literal) @hit',
  php: '(integer) @hit',
};

/** A length measure next to the literal: len(x) < 6, x.length >= 6, strlen($x) < 5, .min(4), "min_length": 6. */
const LENGTH_TEST = /\blen\(|\.length\b|\bstrlen\(|\bmb_strlen\(|length\(\)|min_length|MinLength|\.min\(|RuneCount/;

const PASSWORD = /pass(word|wd|phrase)?|\bpwd\b/i;

const ARITHMETIC = /^[-+*/%]$/;

const STATEMENT =
  /statement|declaration|^pair$|^return|^expression_statement$|^assignment$|^keyword_argument$|^dictionary$/;

/** The value sits in a declaration named for signing in (`LoginBody`, `signInSchema`, `credentialsForm`). */
function signInSchema(node: SyntaxNode): boolean {
  for (let up: SyntaxNode | null = node; up; up = up.parent)
    if (/^(variable_declarator|class_declaration)$/.test(up.type))
      return /login|sign_?in|credential/i.test(up.childForFieldName('name')?.text ?? '');
  return false;
}

export const weakPasswordPolicy: QueryRule = {
  id: 'weak-password-minimum',
  cwe: 'CWE-521',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php'],
  kind: 'query',
  query: NUMBERS,
  message: 'The password rule accepts passwords shorter than 8 characters, which are guessed quickly.',
  fix: 'Require at least 12 characters (8 with MFA), cap the length generously, and reject common passwords.',
  predicate: ({ hit }) => {
    const value = Number(hit?.text);
    if (!hit || !Number.isInteger(value) || value < 1 || value > 7) return false;
    const near: SyntaxNode | null =
      hit.parent?.type === 'arguments' || hit.parent?.type === 'argument_list' ? hit.parent.parent : hit.parent;
    if (!near || !LENGTH_TEST.test(near.text.slice(0, 200))) return false;
    // An offset in arithmetic (`items.length - 1`, `len(s) + 2`) is no bound the length is compared with.
    if (ARITHMETIC.test(near.childForFieldName('operator')?.text ?? '')) return false;
    // A minimum: `<`, `<=`, `>=`, `>` or min(...), never `!=` on an argument count.
    if (/[!=]==?/.test(near.text) || /\b(argv|Args|args)\b/.test(near.text)) return false;
    // A sign-in form (`const LoginBody = z.object({ password: z.string().min(1) })`) only asks for the password it
    // then verifies; the policy is where passwords are set.
    if (signInSchema(hit)) return false;
    if (PASSWORD.test(near.text)) return true;
    let context: SyntaxNode | null = near;
    while (context && !STATEMENT.test(context.type)) context = context.parent;
    // In an object, the property is the field: `SMTP_HOST: z.string().min(1)` beside a password field is no password
    // rule, and an ALL_CAPS configuration key (`SMTP_PASS`) names our own credential, not a policy for users'.
    const key = context?.type === 'pair' ? (context.childForFieldName('key')?.text.replace(/['"]/g, '') ?? '') : null;
    if (key !== null && (/^[A-Z][A-Z0-9_]*$/.test(key) || !/pass|pwd|min|length|option/i.test(key))) return false;
    // The measured value is named otherwise (next.length < 6): the branch must be about a password.
    const branch = context?.childForFieldName('consequence')?.text ?? context?.text ?? '';
    if (PASSWORD.test(branch.slice(0, 300))) return true;
    // Settings such as {"NAME": "...MinimumLengthValidator", "OPTIONS": {"min_length": 6}} name the password a few levels up.
    for (
      let up = context, i = 0;
      up && i < 4 && /pair|dictionary|object|array|list/.test(up.type);
      up = up.parent, i += 1
    ) {
      if (PASSWORD.test(up.text.slice(0, 200))) return true;
    }
    return false;
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe521WeakPasswordRules: readonly Rule[] = [weakPasswordPolicy];

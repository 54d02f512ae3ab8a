// CWE-287 improper authentication: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { STRINGS, WEB, clientKey } from '../ruleParts/clientKey';
import { callRule } from '../callRule';

const IDENTITY_KEY = /^(x-)?(user(_?id|name)?|uid|account(_?id)?|login|email)$/i;

export const identityFromClient: QueryRule = {
  id: 'identity-from-client',
  cwe: 'CWE-287',
  severity: 'error',
  languages: [...WEB],
  kind: 'query',
  query: STRINGS,
  message: 'The user identity is read from a cookie or header the client can set to anything.',
  fix: 'Keep the user id in a signed server-side session (or a verified token) and read it from there.',
  predicate: ({ hit }) => hit !== undefined && clientKey(hit, IDENTITY_KEY),
};

export const unawaitedPasswordCheck = callRule({
  id: 'js-unawaited-password-check',
  cwe: 'CWE-287',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message: 'The password check returns a Promise that is tested without await, so it is always truthy.',
  fix: 'await the comparison (await bcrypt.compare(...)) before testing its result.',
  callee: {
    javascript: /^(bcrypt|bcryptjs|argon2)\.(compare|verify)$/,
    typescript: /^(bcrypt|bcryptjs|argon2)\.(compare|verify)$/,
  },
  when: (call) =>
    call.args.length < 3 &&
    call.node.parent?.type !== 'await_expression' &&
    !/^\.then/.test(call.node.parent?.text.slice(call.node.text.length) ?? '') &&
    call.node.parent?.type !== 'return_statement' &&
    !/^(variable_declarator|assignment_expression)$/.test(call.node.parent?.type ?? ''),
});

export const phpLooseHashCompare: QueryRule = {
  id: 'php-loose-hash-compare',
  cwe: 'CWE-287',
  severity: 'error',
  languages: ['php'],
  kind: 'query',
  query: { php: '(binary_expression operator: "==") @hit' },
  message:
    'A password hash is compared with == (type juggling makes "0e..." hashes equal) and is a fast unsalted hash.',
  fix: 'Store password_hash() values and check them with password_verify().',
  predicate: ({ hit }) => hit !== undefined && /\b(md5|sha1|crc32)\s*\(/.test(hit.text),
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe287Authentication: readonly Rule[] = [identityFromClient, unawaitedPasswordCheck, phpLooseHashCompare];

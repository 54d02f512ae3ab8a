// Web-framework configuration weaknesses in Python: debug mode (CWE-215), error details sent to
// clients (CWE-209), unverified JWTs (CWE-347), unchecked uploads (CWE-434), CSRF opt-outs (CWE-352),
// cookies without Secure (CWE-614).
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { ancestor } from '../walk';

const EXCEPT: ReadonlySet<string> = new Set(['except_clause']);

export const pyDebugMode = callRule({
  id: 'py-debug-mode',
  cwe: 'CWE-215',
  severity: 'warning',
  languages: ['python'],
  message: 'The web server runs in debug mode; tracebacks and an interactive console are exposed.',
  fix: 'Turn debug off outside development (read it from configuration, default False).',
  callee: { python: /\.run$/ },
  when: (call) => call.keywords.get('debug')?.text === 'True',
});

export const pyErrorDetails: QueryRule = {
  id: 'py-error-details',
  cwe: 'CWE-209',
  severity: 'warning',
  languages: ['python'],
  message: 'An exception message or traceback is returned to the client, revealing internals.',
  fix: 'Log the details on the server and return a generic error message.',
  kind: 'query',
  query: { python: '(return_statement (_) @value) @hit' },
  predicate: ({ value }) => {
    const handler = value ? ancestor(value, EXCEPT) : null;
    if (!handler || !value) return false;
    const alias = /as\s+(\w+)\s*:/.exec(handler.text)?.[1];
    return (
      /traceback\.format_exc|format_exception|print_exc/.test(value.text) ||
      (alias !== undefined &&
        new RegExp(
          `(str|repr)\\(\\s*${alias}\\s*\\)|\\{\\s*${alias}\\s*[}!:]|\\+\\s*${alias}\\b|%\\s*${alias}\\b|\\b${alias}\\.(args|message)`,
        ).test(value.text))
    );
  },
};

export const pyJwtNoVerify = callRule({
  id: 'py-jwt-no-verify',
  cwe: 'CWE-347',
  severity: 'error',
  languages: ['python'],
  message: 'A JSON Web Token is decoded without verifying its signature (or accepts the "none" algorithm).',
  fix: 'Decode with the key and an explicit algorithms list, and keep signature verification on.',
  callee: { python: /^jwt\.decode$|^jwt\.get_unverified_claims$|^jws\.verify$/ },
  when: (call) =>
    /get_unverified/.test(call.name) ||
    /verify_signature['"]?\s*:\s*False|verify\s*=\s*False|['"]none['"]/i.test(call.node.text) ||
    (call.args.length < 2 && !call.keywords.has('key')),
});

export const pyUnrestrictedUpload = callRule({
  id: 'py-unrestricted-upload',
  cwe: 'CWE-434',
  severity: 'error',
  languages: ['python'],
  message: 'An uploaded file is saved under its client-supplied name without checking its type or name.',
  fix: 'Use secure_filename and allow only expected extensions/content types before saving.',
  callee: { python: /\.save$/ },
  when: (call, ctx) => {
    const scope = ancestor(call.node, new Set(['function_definition']))?.text ?? ctx.code;
    return (
      /\.filename\b/.test(scope) &&
      /request\.files/.test(scope) &&
      !/secure_filename|allowed_file|ALLOWED_EXTENSIONS|splitext|\.endswith\(|mimetype|content_type|imghdr|magic\./.test(
        scope,
      )
    );
  },
});

export const pyCsrfExempt: QueryRule = {
  id: 'py-csrf-disabled',
  cwe: 'CWE-352',
  severity: 'warning',
  languages: ['python'],
  message: 'CSRF protection is switched off for a state-changing endpoint or the whole app.',
  fix: 'Keep CSRF protection on (CSRFProtect, Django middleware) and send the token with forms and fetches.',
  kind: 'query',
  query: { python: '[(decorator) @hit (assignment left: (_) @name right: (false)) @hit]' },
  predicate: ({ hit, name }) =>
    name
      ? /CSRF_ENABLED|WTF_CSRF_ENABLED|CSRF_CHECK/.test(name.text)
      : /csrf_exempt|csrf\.exempt/.test(hit?.text ?? ''),
};

export const pyInsecureCookie = callRule({
  id: 'py-insecure-cookie',
  cwe: 'CWE-614',
  severity: 'warning',
  languages: ['python'],
  message: 'A cookie is set without the Secure flag, so it is also sent over plain HTTP.',
  fix: 'Pass secure=True (and httponly=True, samesite) when setting session or auth cookies.',
  callee: { python: /\.set_cookie$/ },
  when: (call) => call.keywords.get('secure')?.text !== 'True',
});

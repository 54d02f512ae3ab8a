// CWE-269 improper privilege management: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { FUNCTION_TYPES, ancestor, scopeOf } from '../walk';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { isRequestTainted } from '../ruleHelpers';

const SETUID = /^(setuid|setreuid|setresuid|os\.setuid|syscall\.Setuid|unix\.Setuid)$/;

/** setuid first means the later setgid/setgroups runs without the right to change groups. */
function groupChangeAfter(call: CallInfo, ctx: RuleContext): boolean {
  const scope = scopeOf(call.node);
  return ctx
    .callsWithin(call.node.endIndex + 1, scope.endIndex)
    .some((c) => /(^|\.)(setgid|setregid|setresgid|setgroups|initgroups|Setgid|Setgroups)$/.test(c.name));
}

const PRIVILEGE_NAME = /^(role|roles|is_?admin|isAdmin|admin|is_staff|is_superuser|permissions?|privileges?|level)$/;

/** `level=` of logging and compression calls is a verbosity or a ratio, not an access level. */
const NON_ACCESS_LEVEL =
  /(^|\.)(logging|basicConfig|setLevel|\w*Handler|\w*Logger|getLogger|compress\w*|zlib|gzip|bz2|lzma|zstd)(\.|$)/;

export const privilegeDropOrder = callRule({
  id: 'privilege-drop-order',
  cwe: 'CWE-269',
  severity: 'error',
  languages: ['c', 'cpp', 'python', 'go'],
  message:
    'Privileges are dropped in the wrong order or without checking the result, so the process may keep root rights.',
  fix: 'Call setgroups, then setgid, then setuid, and stop the program if any of them fails.',
  callee: { c: SETUID, cpp: SETUID, python: SETUID, go: SETUID },
  when: (call, ctx) =>
    groupChangeAfter(call, ctx) ||
    ((ctx.language === 'c' || ctx.language === 'cpp' || ctx.language === 'go') &&
      call.node.parent?.type === 'expression_statement'),
});

export const temporaryPrivilegeDrop = callRule({
  id: 'temporary-privilege-drop',
  cwe: 'CWE-269',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message: 'seteuid only changes the effective id; the saved id stays root and code can regain it with seteuid(0).',
  fix: 'Drop permanently with setresgid(gid, gid, gid) and setresuid(uid, uid, uid).',
  callee: { c: /^(seteuid|setegid)$/, cpp: /^(seteuid|setegid)$/ },
  when: (call) => /get(e)?(u|g)id\s*\(|pw_(u|g)id/.test(call.args[0]?.text ?? ''),
});

export const privilegeFromRequest = callRule({
  id: 'privilege-from-request',
  cwe: 'CWE-269',
  severity: 'error',
  languages: ['python', 'javascript', 'typescript', 'java', 'php'],
  message:
    "The account's role or privileges come from the request (or a whole request body is copied onto it), so a caller can make itself an administrator.",
  fix: 'Assign roles server-side and copy only an allow-list of editable fields from the request.',
  callee: {
    python: /./,
    javascript: /^Object\.assign$|\.(set|update)$/,
    typescript: /^Object\.assign$|\.(set|update)$/,
    java: /\.set(Role|Roles|Admin|IsAdmin|Permissions?|Privileges?|Level)$/,
    php: /^(extract|parse_str)$/,
  },
  when: (call, ctx) => {
    if (ctx.language === 'php')
      return call.name === 'extract'
        ? /\$_(POST|GET|REQUEST|COOKIE)/.test(call.args[0]?.text ?? '')
        : call.args.length === 1;
    if (ctx.language === 'java') return call.args[0] !== undefined && isRequestTainted(call.args[0], ctx);
    if (ctx.language === 'python') {
      return [...call.keywords].some(
        ([name, value]) =>
          PRIVILEGE_NAME.test(name) &&
          !(name === 'level' && NON_ACCESS_LEVEL.test(call.name)) &&
          isRequestTainted(value, ctx),
      );
    }
    // Object.assign(user, req.body) copies every posted field, role included.
    return call.args.slice(1).some((a) => /^(req|request)\.body$/.test(a.text));
  },
  // A view only superusers reach (`@user_passes_test(lambda u: u.is_superuser)`, or a refusal of everyone else at its
  // top) is where roles are granted on purpose: shown as a note.
  tierOf: (call) => (superuserOnly(call.node) ? 'note' : 'finding'),
});

/** The enclosing function is decorated with, or starts by, a superuser test. */
function superuserOnly(node: SyntaxNode): boolean {
  const fn = ancestor(node, FUNCTION_TYPES);
  const holder = fn?.parent?.type === 'decorated_definition' ? fn.parent : fn;
  if (!fn || !holder) return false;
  const decorators = holder.text.slice(0, fn.startIndex - holder.startIndex);
  const before = fn.text.slice(0, node.startIndex - fn.startIndex);
  return (
    /is_superuser|superuser_required/.test(decorators) ||
    /if\s+not\s+[\w.]*\.is_superuser\s*:\s*\n?\s*(raise|return|abort)/.test(before)
  );
}

/** Every rule in this file, in the order the registry runs them. */
export const cwe269PrivilegeManagement: readonly Rule[] = [
  privilegeDropOrder,
  temporaryPrivilegeDrop,
  privilegeFromRequest,
];

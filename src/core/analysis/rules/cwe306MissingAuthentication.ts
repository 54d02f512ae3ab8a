// CWE-306 missing authentication for a critical function: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import { MUTATING_VERB, actionOf, attributeNames, attributeText } from '../ruleParts/csController';
import { callRule } from '../callRule';
import { handlerWithoutAuthentication } from './cwe306HandlerWithoutAuthentication';

export const permitAllSensitive = callRule({
  id: 'java-permitall-admin-endpoints',
  cwe: 'CWE-306',
  severity: 'error',
  languages: ['java'],
  message: 'Administrative or actuator endpoints are opened to everyone with permitAll().',
  fix: 'Require an operator role for /actuator/** and /admin/**; expose only health checks publicly.',
  callee: { java: /\.permitAll$/ },
  when: (call) => {
    const matcher = /(requestMatchers|antMatchers|mvcMatchers|regexMatchers)\(([^()]*)\)\s*\.\s*permitAll$/.exec(
      call.name,
    );
    return !!matcher && /["'][^"']*\/(actuator|admin|manage(ment)?|internal)(\/\*\*|["'])/.test(matcher[2] ?? '');
  },
});

export const goAdminRouteUnwrapped = callRule({
  id: 'go-admin-route-unwrapped',
  cwe: 'CWE-306',
  severity: 'error',
  languages: ['go'],
  message: 'An admin route is registered with a bare handler while other admin routes go through an auth wrapper.',
  fix: 'Wrap every administrative handler in the same authentication middleware.',
  callee: { go: /^(http|mux|r|router)\.(HandleFunc|Handle)$/ },
  when: (call, ctx) => {
    const [path, handler] = call.args;
    if (!path || !handler || !/^"\/(admin|internal|manage)/.test(path.text) || handler.type !== 'identifier')
      return false;
    return ctx
      .calls()
      .some(
        (c) =>
          c.node.startIndex !== call.node.startIndex &&
          /Handle(Func)?$/.test(c.name) &&
          /^"\/(admin|internal|manage)/.test(c.args[0]?.text ?? '') &&
          /(auth|admin|require|protect|login)\w*\(/i.test(c.args[1]?.text ?? ''),
      );
  },
});

/**
 * `[AllowAnonymous]` on an action of a controller that requires a role or policy (or is an admin controller by name
 * or route): the attribute overrides the class's [Authorize], so this one action is open to anyone. Sign-in actions
 * in an `[Authorize]` controller without a role are the ordinary use and are not reported.
 */
export const csAnonymousAdminAction: QueryRule = {
  id: 'cs-anonymous-admin-action',
  cwe: 'CWE-306',
  severity: 'error',
  languages: ['csharp'],
  message:
    '[AllowAnonymous] opens this action of a role-protected (administrative) controller to unauthenticated callers.',
  fix: 'Remove [AllowAnonymous] from administrative actions; move genuinely public actions to a separate controller.',
  kind: 'query',
  query: { csharp: '(attribute) @hit' },
  predicate: ({ hit }) => {
    const name = (hit?.childForFieldName('name') ?? hit?.namedChildren[0])?.text ?? '';
    const action = hit && name === 'AllowAnonymous' ? actionOf(hit) : null;
    if (!action) return false;
    const classAttributes = attributeText(action.controller);
    const className = action.controller.childForFieldName('name')?.text ?? '';
    const restricted = /Authorize\s*\(\s*(Roles|Policy)\s*=/.test(classAttributes);
    const admin = /admin|manage/i.test(className) || /Route\s*\(\s*"[^"]*(admin|manage)/i.test(classAttributes);
    return (restricted || admin) && (admin || attributeNames(action.method).some((a) => MUTATING_VERB.test(a)));
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe306MissingAuthentication: readonly Rule[] = [
  permitAllSensitive,
  goAdminRouteUnwrapped,
  csAnonymousAdminAction,
  handlerWithoutAuthentication,
];

// CWE-306 missing authentication for a critical function: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';

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

/** Every rule in this file, in the order the registry runs them. */
export const cwe306MissingAuthentication: readonly Rule[] = [permitAllSensitive, goAdminRouteUnwrapped];

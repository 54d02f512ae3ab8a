// CWE-601 open redirect in Ruby (Rails `redirect_to`, Sinatra `redirect`): the target comes from the request, versus a
// route helper (`root_path`), `only_path: true`, or a target checked against an allow-list or a local-path prefix.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { RUBY_REQUEST_TAINT, taintedUnder } from '../../ruleParts/rubyShape';

/**
 * Route helpers build URLs of this application; `url_for(only_path: true)` too, and so do the application's own
 * path hooks (Devise's `after_sign_in_path_for(user)`), which return one of its routes for a record.
 */
const REDIRECT_TAINT = RUBY_REQUEST_TAINT(/(^|\.)\w+_(path|url)(_for)?$|^url_for$/);

export const rubyOpenRedirect = callRule({
  id: 'ruby-open-redirect',
  cwe: 'CWE-601',
  severity: 'warning',
  languages: ['ruby'],
  message: 'The redirect target comes from the request, so a link can send users to any site (phishing).',
  fix: 'Redirect to a route helper or a path from an allow-list; for a "return to" parameter accept only local paths (`redirect_to url, only_path: true` or a check that it starts with "/" and not "//").',
  callee: { ruby: /^(redirect_to|redirect|redirect_back_or_to)$/ },
  when: (call, ctx) => {
    const target = call.args[0];
    if (!target || call.keywords.get('only_path')?.text === 'true') return false;
    // A hash target (`redirect_to action: params[:a]`) stays on this application.
    return target.type !== 'hash' && taintedUnder(target, 'ruby-open-redirect', REDIRECT_TAINT, ctx);
  },
  guardedArgs: (call) => call.args.slice(0, 1),
});

export const rubyRedirect: readonly Rule[] = [rubyOpenRedirect];

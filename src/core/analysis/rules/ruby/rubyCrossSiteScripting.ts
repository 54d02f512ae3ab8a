// CWE-79 cross-site scripting in Ruby on Rails: views escape strings by default, and `html_safe`/`raw`/`render html:`
// switch that off; given request data (directly or interpolated into markup), the data is sent as HTML.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import type { CallInfo } from '../../callInfo';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { receiverOf, RUBY_REQUEST_TAINT, taintedUnder } from '../../ruleParts/rubyShape';

/** Rails and ERB escapers, and sanitize with its allow-list of tags. */
const MARKUP_TAINT = RUBY_REQUEST_TAINT(
  /^(ERB::Util\.)?(h|html_escape|html_escape_once|sanitize|strip_tags|json_escape)$|^(CGI|Rack::Utils)\.escape(HTML|_html)$/,
);
const ID = 'ruby-unescaped-html';

/** The value marked safe: the receiver of `x.html_safe`, the argument of `raw(x)`. */
const markedValue = (call: CallInfo): SyntaxNode | null =>
  call.last === 'html_safe' ? receiverOf(call) : (call.args[0] ?? null);

export const rubyUnescapedHtml = callRule({
  id: ID,
  cwe: 'CWE-79',
  severity: 'error',
  languages: ['ruby'],
  message:
    'Request data is marked as safe HTML (html_safe, raw), so Rails does not escape it and a script in it runs in the page.',
  fix: 'Let Rails escape the value (plain `<%= value %>`), or escape it with ERB::Util.html_escape / sanitize before marking the result html_safe.',
  callee: { ruby: /\.html_safe$|^(raw|helpers\.raw)$/ },
  when: (call, ctx) => {
    const value = markedValue(call);
    return !!value && taintedUnder(value, ID, MARKUP_TAINT, ctx);
  },
  guardedArgs: (call) => {
    const value = markedValue(call);
    return value ? [value] : [];
  },
});

export const rubyCrossSiteScripting: readonly Rule[] = [rubyUnescapedHtml];

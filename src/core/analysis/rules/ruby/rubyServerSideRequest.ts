// CWE-918 server-side request forgery in Ruby: an HTTP client (open-uri, Net::HTTP, HTTParty, Faraday, RestClient)
// fetches a URL or host taken from the request, versus a literal scheme and host with only the path varying, or a
// URL checked against an allow-list first (a guard around the call).
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { RUBY_REQUEST_TAINT, taintedUnder } from '../../ruleParts/rubyShape';

/** Client calls whose first argument is the URL (or, for Net::HTTP.start/new, the host). */
const FETCHES =
  /^(URI\.open|Net::HTTP\.(get|get_response|get_print|post|post_form|start|new)|HTTParty\.(get|post|put|patch|delete|head)|Faraday\.(get|post|put|delete|head|new)|RestClient\.(get|post|put|delete|head)|RestClient::Request\.execute|Excon\.(get|post|new)|HTTP\.(get|post|put|delete))$/;

/**
 * `"https://api.example.com/users/#{id}"` or `"#{API_BASE}/users/#{id}"`, bare or inside `URI(...)`/`URI.parse(...)`:
 * the program fixes scheme and host, the caller picks only a path.
 */
const FIXED_HOST = /^(URI(\.parse)?\(\s*)?"(https?:\/\/[^/#"]+\/|#\{[A-Z][A-Z0-9_]*(::[A-Z][A-Z0-9_]*)*\}\/)/;

const FETCH_TAINT = RUBY_REQUEST_TAINT(null);
const ID = 'ruby-ssrf';

const target = (args: readonly SyntaxNode[]): SyntaxNode | undefined => args.find((a) => a.type !== 'pair');

export const rubySsrf = callRule({
  id: ID,
  cwe: 'CWE-918',
  severity: 'error',
  languages: ['ruby'],
  message:
    'The server fetches a URL or host taken from the request (URI.open, Net::HTTP, HTTParty, Faraday), so a caller can reach internal services and cloud metadata.',
  fix: 'Fix the scheme and host in the code and let input choose only a path, or parse the URL and accept it only when it is https and its host is on an allow-list.',
  callee: { ruby: FETCHES },
  when: (call, ctx) => {
    const url = target(call.args);
    return !!url && !FIXED_HOST.test(url.text) && taintedUnder(url, ID, FETCH_TAINT, ctx);
  },
  guardedArgs: (call) => {
    const url = target(call.args);
    return url ? [url] : [];
  },
});

export const rubyServerSideRequest: readonly Rule[] = [rubySsrf];

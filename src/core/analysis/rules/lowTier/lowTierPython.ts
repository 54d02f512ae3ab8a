// Low tier, Python: weak hashes, the `random` module and servers bound to every interface, shown with severity `low` (ruleParts/lowTierRule.ts).
import type { Rule } from '../../Rule';
import { lowTierRules } from '../../ruleParts/lowTierRule';
import { harmlessHash, harmlessRandom } from './lowTierShared';

const WEAK_ALGORITHM = /^['"](md5|md4|sha1|sha-1)['"]$/i;

/** Addresses that mean every interface: the IPv4 and IPv6 wildcards, and Python's empty host for INADDR_ANY. */
const ANY_ADDRESS = /^[bru]*(['"])(0\.0\.0\.0|::|)\1$/;
/** Servers started with a `host=` keyword (Flask, uvicorn, aiohttp, waitress) or a positional host (wsgiref). */
const HOST_KEYWORD_SERVER = /(^|\.)(run|run_app|serve|make_server)$/;
/** Calls that take an `(address, port)` pair first: sockets and the standard library's servers. */
const ADDRESS_PAIR_CALL =
  /(^|\.)(bind|HTTPServer|ThreadingHTTPServer|TCPServer|UDPServer|ThreadingTCPServer|ThreadingUDPServer)$/;

export const lowTierPython: readonly Rule[] = lowTierRules({
  languages: ['python'],
  entries: [
    {
      id: 'low-py-weak-hash',
      cwe: 'CWE-328',
      message: 'MD5 and SHA-1 are broken: collisions can be made, so they must not protect anything.',
      fix: 'Use hashlib.sha256 (or blake2b); for a non-security key pass usedforsecurity=False to say so.',
      callee: /^(hashlib\.(md5|sha1|new)|(MD5|SHA|SHA1)\.new)$/,
      when: (node, ctx) => {
        const call = ctx.callAt(node);
        return call.name !== 'hashlib.new' || WEAK_ALGORITHM.test(call.args[0]?.text ?? '');
      },
      harmless: harmlessHash,
    },
    {
      id: 'low-py-predictable-random',
      cwe: 'CWE-330',
      message: 'The random module is predictable (Mersenne Twister); values made with it can be guessed.',
      fix: 'Use the secrets module (secrets.token_urlsafe, secrets.choice) for anything an attacker must not guess.',
      callee: /^random\.(random|randint|randrange|choice|choices|getrandbits|sample|uniform|randbytes)$/,
      harmless: harmlessRandom,
    },
    {
      // A server reachable from every network the host is on (CWE-1327). Often intended (containers publish a port
      // through 0.0.0.0), so it is always a note: a prompt to check, never counted.
      id: 'low-py-bind-all-interfaces',
      cwe: 'CWE-1327',
      message: 'The server listens on every network interface, so any host that can reach the machine can connect.',
      fix: 'Bind to 127.0.0.1 unless other hosts must connect; then put authentication or a firewall in front.',
      callee: new RegExp(`${HOST_KEYWORD_SERVER.source}|${ADDRESS_PAIR_CALL.source}`),
      when: (node, ctx) => {
        const call = ctx.callAt(node);
        if (ADDRESS_PAIR_CALL.test(call.name)) {
          const pair = call.args[0];
          return pair?.type === 'tuple' && ANY_ADDRESS.test(pair.namedChildren[0]?.text ?? '');
        }
        const host = call.keywords.get('host') ?? (call.name.endsWith('make_server') ? call.args[0] : undefined);
        return host !== undefined && ANY_ADDRESS.test(host.text);
      },
      harmless: () => true,
    },
  ],
});

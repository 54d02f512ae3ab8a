// Whole project modules in pairs (fixtures/webFixStylePairs, our own code, session 14): PHP (WordPress plugins,
// Laravel, Symfony, plain pages), Java (Spring, servlets, JDBC DAOs, utility classes), JavaScript (Express, Koa,
// Next.js API routes, Electron main, CLIs) and TypeScript (NestJS, Fastify), 80-300 lines with the weakness in one
// function and the fix a maintainer makes (`.vulnerable` / `.fixed`). `develop/` was measured and its misreadings
// fixed; `check/` was written at the same time and measured once at the end. The vulnerable module must be flagged
// with its CWE or a relative, the fixed one must have no counted finding, except the pairs listed below with why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import type { Language } from '../task/Task';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';
import { matchesAnyRelated } from '../cwe/cweHierarchy';

const LANGUAGE_OF: Record<string, Language> = { js: 'javascript', ts: 'typescript', java: 'java', php: 'php' };
const PAIR = /^(.+?)\.(vulnerable|fixed)\.(\w+)(\.txt)?$/;

/** Vulnerable sides no rule flags with their CWE yet, and what a rule would need to see. */
const NOT_YET_SEEN: Record<string, string> = {
  js_cwe208_express_payment_webhook: 'an HMAC hex digest compared with === inside a helper named for signatures',
  php_cwe022_laravel_invoice_files: "storage_path(...) . '/' . $name handed to Laravel's response()->download",
  php_cwe352_plain_account_email: 'a plain PHP POST branch that changes the account with no token check',
  php_cwe601_symfony_login_target: 'new RedirectResponse($next) in a private method fed by $request->query->get',
  ts_cwe079_nest_invoice_html:
    'a Nest controller returning an HTML string (@Header text/html) built with a query value',
  JavaCwe601OAuthCallbackController: 'the return target is kept in the session by one handler and used by another',
  php_cwe918_symfony_feed_proxy: 'Symfony HttpClient request() with a URL from the JSON body',
  ts_cwe089_fastify_inventory: 'SQL WHERE clauses collected in an array and joined into the query text',
  ts_cwe208_nest_api_key_guard: 'digests compared as hex strings with === inside Array.some',
};

/** Fixed sides still flagged, and how the rule misreads them (or why the finding stands). */
const FIXED_STILL_FLAGGED: Record<string, string> = {
  JavaCwe022ReportFilesController: 'log-injection: the file name is logged raw after the path check (a real CWE-117)',
  JavaCwe918WebhookService: 'log-injection: the request body field `name` is logged raw (a real CWE-117)',
  ts_cwe918_fastify_link_unfurl: 'a helper resolving the host (dns lookup) and refusing private addresses is not read',
  JavaCwe022BackupRestoreTask: 'target.getParent().equals(base) is a containment check the Java guards do not know',
  JavaCwe601OAuthCallbackController:
    'OAuth state compared with equals is read as a secret compare; exchange(code) as SSRF',
  js_cwe079_koa_status_page: "a record from another module's lookup by the route parameter is read as request text",
  php_cwe022_wp_log_viewer: 'WordPress sanitize_file_name is not a path sanitiser; realpath + strpos in an || chain',
  php_cwe079_plain_guestbook_admin: '`<?= $page + 1 ?>` on a max(1, (int) ...) page number is not read as a number',
  ts_cwe601_nest_sso_return: 'the authorisation URL built by an injected service from a state token',
};

function pairs(part: 'develop' | 'check'): [string, string][] {
  const dir = join(__dirname, 'fixtures', 'webFixStylePairs', part);
  const names = [...new Set(readdirSync(dir).map((f) => PAIR.exec(f)?.[1]))].filter((n): n is string => !!n);
  return names.sort().map((n) => [n, dir]);
}

async function counted(dir: string, name: string, kind: 'vulnerable' | 'fixed') {
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.${kind}.`))!;
  const language = LANGUAGE_OF[PAIR.exec(file)![3]!]!;
  const record = await analyzeCode(readFileSync(join(dir, file), 'utf8'), language, nodeParser());
  return countedFindings(record.findings);
}

describe.each(['develop', 'check'] as const)('web fix-style pairs, %s', (part) => {
  it('has its pairs', () => {
    expect(pairs(part).length).toBeGreaterThanOrEqual(part === 'develop' ? 28 : 14);
  });

  it.each(pairs(part))('%s: vulnerable flagged with its CWE', async (name, dir) => {
    const cwe = `CWE-${Number(/cwe(\d+)/i.exec(name)![1])}`;
    const cwes = (await counted(dir, name, 'vulnerable')).map((f) => f.cwe);
    expect(matchesAnyRelated(cwes, [cwe])).toBe(!(name in NOT_YET_SEEN));
  });

  it.each(pairs(part))('%s: fixed has no counted finding', async (name, dir) => {
    const findings = (await counted(dir, name, 'fixed')).map((f) => `${f.line}: ${f.rule}`);
    if (name in FIXED_STILL_FLAGGED) expect(findings).not.toEqual([]);
    else expect(findings).toEqual([]);
  });
});

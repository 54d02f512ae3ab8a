// Shared rule helpers for cookie flags: a cookie set with a flag off or missing.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';
import type { QueryRule, RuleMeta } from '../Rule';
import type { CallInfo } from '../callInfo';

export const LANGS = ['python', 'javascript', 'typescript', 'java', 'go', 'php'] as const;

/** Nodes that carry one setting: keyword arguments, object/array entries, assignments, setter calls, struct fields. */
export const SETTINGS = {
  python: '[(keyword_argument) (assignment) (pair)] @hit',
  javascript: '[(pair) (assignment_expression)] @hit',
  typescript: '[(pair) (assignment_expression)] @hit',
  php: '(array_element_initializer) @hit',
  java: '[(method_invocation) (object_creation_expression)] @hit',
  go: '(composite_literal) @hit',
};

/** Cookie names that hold a session or credential. */
export const SECRET_COOKIE = /sess|sid|token|auth|remember|login|jwt|refresh|access/i;

/**
 * `flag = false` in any spelling: httponly=False, httpOnly: false, 'secure' => false, SESSION_COOKIE_SECURE = False,
 * app.config["SESSION_COOKIE_SECURE"] = False (a settings map indexed by the flag's name).
 */
export function flagOff(node: SyntaxNode, flag: RegExp): boolean {
  const m = /^\s*(?:[\w.]+\s*(?=\[))?\[?['"]?([\w.]+?)['"]?\]?\s*(=|:|=>)\s*(false|False|FALSE)\s*$/.exec(node.text);
  return m !== null && flag.test(m[1]?.split('.').at(-1) ?? '');
}

/** Java `new Cookie("session", v)` or Go `http.Cookie{Name: "session"}` built without setting the flag on. */
export function missingFlag(node: SyntaxNode, field: string): boolean {
  if (node.type === 'composite_literal') {
    return (
      /(^|\.)Cookie$/.test(node.childForFieldName('type')?.text ?? '') &&
      SECRET_COOKIE.test(/Name:\s*"([^"]*)"/.exec(node.text)?.[1] ?? '') &&
      !new RegExp(`\\b${field}:\\s*true`).test(node.text)
    );
  }
  if (node.type !== 'object_creation_expression' || !/^Cookie$/.test(node.childForFieldName('type')?.text ?? ''))
    return false;
  const name = /^\(\s*"([^"]*)"/.exec(node.childForFieldName('arguments')?.text ?? '')?.[1] ?? '';
  return SECRET_COOKIE.test(name) && !new RegExp(`set${field}\\s*\\(\\s*true\\s*\\)`).test(scopeOf(node).text);
}

export function cookieRule(meta: Omit<RuleMeta, 'severity' | 'languages'>, flag: RegExp, field: string): QueryRule {
  return {
    ...meta,
    severity: 'warning',
    languages: [...LANGS],
    kind: 'query',
    query: SETTINGS,
    predicate: ({ hit }) => {
      if (!hit) return false;
      if (hit.type === 'method_invocation')
        return new RegExp(`^\\w+\\.set${field}\\s*\\(\\s*false\\s*\\)$`).test(hit.text);
      return flagOff(hit, flag) || missingFlag(hit, field);
    },
  };
}

/**
 * Express `res.cookie(name, value, options)` / Koa `ctx.cookies.set(name, value, options)` for a session or credential
 * cookie whose options leave `flag` unset (Express defaults both HttpOnly and Secure to off; Koa only Secure). Options
 * held in a variable or spread from one are not visible here and are left alone.
 */
export function nodeCookieMissing(call: CallInfo, flag: string, koaDefault: boolean): boolean {
  const koa = /cookies\.set$/.test(call.name);
  if (koa && koaDefault) return false;
  const name = call.args[0];
  if (!name || !SECRET_COOKIE.test(name.text) || !/^['"`]/.test(name.text)) return false;
  // `ctx.cookies.set('sid', null)` / `res.cookie('sid', '')`: the cookie is deleted, no secret travels.
  if (/^(null|undefined|''|""|``)$/.test(call.args[1]?.text ?? '')) return false;
  const options = call.args[2];
  if (!options) return true;
  if (options.type !== 'object' || /\.\.\./.test(options.text)) return false;
  return !new RegExp(`\\b${flag}\\s*:\\s*(true|[^,}]*(production|NODE_ENV|isProd|secure))`, 'i').test(options.text);
}

export const NODE_COOKIE_CALL = /^(res|response|reply)\.(cookie|setCookie)$|^(ctx|context)\.cookies\.set$/;

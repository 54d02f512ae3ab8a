// CWE-79 cross-site scripting (Rust rules): axum/actix/rocket handlers that return HTML built from request data
// (extractor parameters, route parameters, query strings) without an HTML escaper.
import type { Rule, TaintRule } from '../../Rule';
import { REQUEST_SOURCES } from '../../sources';
import { meta } from '../../ruleParts/reflectedXss';

/** html_escape, askama/maud escapers, v_htmlescape, ammonia, or a number parsed out of the value. */
const RUST_ESCAPERS =
  /(^|\.|::)(encode_text|encode_safe|encode_double_quoted_attribute|encode_quoted_attribute|escape|escape_html|clean|parse|len)$/;

export const rustReflectedXss: TaintRule = {
  ...meta,
  id: 'rust-reflected-xss',
  languages: ['rust'],
  message: 'Request data is put into an HTML response without escaping, so markup in it runs in the browser.',
  fix: 'Escape the value (html_escape::encode_text) or render it through an auto-escaping template (askama, maud, tera).',
  kind: 'taint',
  taint: {
    sources: REQUEST_SOURCES,
    sinks: {
      rust: [
        { callee: /^((axum::)?response::)?Html$|^((rocket::)?response::)?(content::)?RawHtml$/, args: [0] },
        // actix: HttpResponse::Ok().content_type("text/html").body(..)
        { callee: /\.body$/, args: [0], when: (call) => /text\/html|ContentType::html\(\)/.test(call.name) },
      ],
    },
    sanitizers: RUST_ESCAPERS,
  },
};

/** Every rule in this file, in the order the registry runs them. */
export const cwe079Rust: readonly Rule[] = [rustReflectedXss];

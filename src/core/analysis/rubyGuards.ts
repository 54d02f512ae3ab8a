// Ruby's guard and sanitiser shapes (guardShapes.ts lists them with the other languages').
import type { LanguageGuards } from './LanguageGuards';

/**
 * Ruby: predicate methods end in `?` (`ALLOWED.include?(x)`, `x.match?(/\A\w+\z/)`); `return ... unless check` is
 * read by guardedSink as an exit on the failing branch.
 */
export const RUBY_GUARDS: LanguageGuards = {
  validators:
    /\.(include\?|member\?|key\?|has_key\?|match\?|fixed_length_secure_compare|secure_compare)$|^(ActiveSupport::SecurityUtils|Rack::Utils)\.secure_compare$/,
  namedChecks: /(^|\.)(valid\w*\?|safe\w*\?|allowed\w*\?|permitted\w*\?|can\w*\?|owner\w*\?|authori[sz]ed?\w*\?)$/,
  receiverChecks: /\.(match\?|all\?)$/,
  raisingChecks: /^(validate|ensure|verify|assert)\w*!?$/,
  membership: false,
  prefixChecks: /\.start_with\?$/,
  normalisers: /\b(File\.(expand_path|realpath|absolute_path)|Pathname\.new)\s*\(|\.(realpath|cleanpath|expand_path)\b/,
  integrityChecks: /(^|\.)(secure_compare|fixed_length_secure_compare)$/,
  sanitizers: {
    any: /\.(to_i|to_f|to_r|to_c)$|^(Integer|Float)$/,
    command: /^Shellwords\.(escape|shellescape|join|shelljoin)$|\.shellescape$/,
    path: /^File\.basename$/,
    query: /(^|\.)(sanitize_sql(_array|_for_order|_like)?|quote|quote_table_name|quote_column_name|escape)$/,
    code: /^JSON\.(generate|dump)$/,
    redirect: /_(path|url)$/,
    markup:
      /^(ERB::Util\.)?(h|html_escape|html_escape_once|escape_html|sanitize|strip_tags|json_escape)$|^(CGI|Rack::Utils)\.escape(HTML|_html)?$/,
  },
};

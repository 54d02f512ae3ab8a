// PHP's sanitisers per weakness class (guardShapes.ts reads them): calls whose result is safe for that use.
import type { LanguageGuards } from './LanguageGuards';

export const PHP_SANITISERS: LanguageGuards['sanitizers'] = {
  // Numbers and booleans, WordPress's absint, sanitize_key and sanitize_html_class (letters, digits, `-`, `_` only).
  any: /^(intval|floatval|boolval|abs|absint|count|sizeof|strlen|isset|empty|is_[a-z_]+|in_array|array_key_exists|number_format(_i18n)?|sanitize_(key|html_class))$/,
  // Not escapeshellcmd: it leaves spaces and dashes, so a value can still add options (CWE-88).
  command: /^escapeshellarg$/,
  path: /^basename$/,
  // WordPress: esc_sql, and `$wpdb->prepare` whose result is the query with its placeholders quoted. A connection's
  // quoting methods on any receiver (`$this->db->quote($v)`, `$dbi->quoteString($v)`, CodeIgniter's `escape`), and
  // identifier quoting (`Util::backquote($table)`, `quote_identifier`, `quoteName`): the value becomes one literal or name.
  query:
    /^(mysqli_real_escape_string|pg_escape_(string|literal|identifier)|esc_sql|\$\w+(->\w+)*->prepare)$|(->|::)(quote\w*|escape(_?([sS]tr(ing)?|[iI]dentifier|[lL]iteral))?|real_escape_string|backquote|qstr)$/,
  // WordPress's escapers (`esc_attr`, `esc_html__`...; not esc_sql, esc_like, esc_url_raw) and its kses filters.
  // `sanitize_*` (WordPress's sanitize_text_field, an app's own sanitize_uri) returns the value cleaned for its use.
  markup:
    /^(html(specialchars|entities)|strip_tags|(raw)?urlencode|esc_(?!sql|like|url_raw)\w+|wp_kses\w*|sanitize_\w+)$/,
};

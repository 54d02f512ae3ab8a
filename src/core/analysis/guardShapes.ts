// Guard and sanitiser shapes, as data per language and weakness class: the checks and calls after which a sink's
// value counts as validated, so the sink is not reported (guardedSink.ts applies them; docs/analyzer.md "Guards").
import type { Language } from '../task/Task';
import type { GuardClass, LanguageGuards } from './LanguageGuards';
import { RUBY_GUARDS } from './rubyGuards';
import { C_GUARDS as C, CPP_GUARDS as CPP } from './cGuards';
import { NAMED_CHECKS, RAISING } from './namedChecks';
import { PHP_SANITISERS } from './phpSanitisers';

export type { GuardClass, LanguageGuards } from './LanguageGuards';

/**
 * The class of a finding's CWE; CWEs not listed are never silenced by a guard. Memory-safety CWEs are left out: the C
 * bounds rules check the length argument themselves (pdgGuard.ts), and a bounds check of any other argument proves
 * nothing.
 */
export const GUARD_CLASS: Readonly<Record<string, GuardClass>> = {
  'CWE-77': 'command',
  'CWE-78': 'command',
  'CWE-88': 'command',
  'CWE-22': 'path',
  'CWE-23': 'path',
  'CWE-36': 'path',
  'CWE-73': 'path',
  // File inclusion: `include` of a path built from input is a path sink whose fixes are the path fixes.
  'CWE-98': 'path',
  'CWE-89': 'query',
  'CWE-90': 'query',
  'CWE-643': 'query',
  'CWE-943': 'query',
  'CWE-94': 'code',
  'CWE-95': 'code',
  'CWE-1336': 'code',
  'CWE-470': 'code',
  'CWE-601': 'redirect',
  'CWE-918': 'redirect',
  'CWE-79': 'markup',
  'CWE-113': 'markup',
  'CWE-117': 'markup',
  // Deserialising is safe only for data we produced: an integrity check (a MAC compared in constant time) is the one
  // guard; allow-lists and pattern matches say nothing about a pickle (guardCondition.ts).
  'CWE-502': 'integrity',
};

const PYTHON: LanguageGuards = {
  validators: new RegExp(
    `^(re\\.(match|fullmatch|search)|hmac\\.compare_digest|secrets\\.compare_digest|url_has_allowed_host_and_scheme)$|\\.(match|fullmatch|issuperset)$`,
  ),
  namedChecks: NAMED_CHECKS,
  // `set(x).issubset(ALLOWED_CHARS)`: every character of x is allowed.
  receiverChecks: /\.(isdigit|isalnum|isalpha|isnumeric|isdecimal|isidentifier|isascii|issubset)$/,
  classValidators: { code: /^isinstance$/ },
  partWalkers: /^(ast\.walk|ast\.iter_child_nodes)$/,
  elementChecks: /^all$/,
  integrityChecks: /^(hmac\.compare_digest|secrets\.compare_digest)$/,
  urlHostParts: /\.(netloc|hostname|scheme)$/,
  // `ipaddress.ip_address(socket.gethostbyname(host)).is_private` then refuse: where a fetch goes is checked.
  addressChecks: /\.(is_private|is_loopback|is_reserved|is_link_local|is_multicast|is_global|is_unspecified)$/,
  raisingChecks: RAISING,
  membership: true,
  prefixChecks: /(^|\.)(startswith|commonpath|is_relative_to|relative_to)$/,
  // No `\b` before `.resolve`: it follows a `)` in `(base / name).resolve()`.
  normalisers: /(\bos\.path\.(realpath|abspath|normpath)|\.resolve)\s*\(/,
  // A parent step is what a path traversal needs; `os.path.join` with an absolute part is left to the prefix checks.
  // A name without a separator cannot leave the folder it is joined under (`"/" in name` then exit).
  forbiddenParts: { path: /^['"](\.\.[/\\]?|\/|\\\\)['"]$/ },
  ancestors: /\.parents$/,
  sanitizers: {
    // An address object prints as digits, dots and colons only.
    any: /^(int|float|bool|uuid\.UUID|UUID|len|abs|round|ipaddress\.(ip_address|ip_network|IPv4Address|IPv6Address))$/,
    command: /^(shlex\.quote|pipes\.quote|shlex\.join)$/,
    path: /^(os\.path\.basename|basename|secure_filename|werkzeug\.utils\.secure_filename|safe_join|werkzeug\.security\.safe_join)$/,
    // psycopg's `sql.SQL(...)` composes a query object whose parts are quoted by `sql.Identifier`/`Literal`; Django's
    // `connection.ops.quote_name` (and a schema editor's `quote_name`) quotes a table or column name.
    query:
      /(^|\.)(Identifier|Literal|quote_ident|escape_string|escape_identifier|quote_identifier|quote_name|quote_name_unless_alias)$|^(psycopg2?\.)?sql\.(SQL|Composed|Placeholder)$/,
    redirect: /^(url_for|flask\.url_for|reverse)$/,
    markup:
      /^(html\.escape|markupsafe\.escape|escape|cgi\.escape|bleach\.clean|urllib\.parse\.quote|quote|conditional_escape|format_html|quoteattr|escapejs|(markupsafe\.)?Markup\.escape|(xml\.sax\.)?saxutils\.(escape|quoteattr)|json\.dumps)$/,
  },
};

const JAVASCRIPT: LanguageGuards = {
  // `Object.prototype.hasOwnProperty.call(FORMATS, x)` / `Object.hasOwn(FORMATS, x)`: a key of our own table.
  validators: new RegExp(
    `\\.(test|includes|has|isInteger|isSafeInteger|timingSafeEqual|hasOwnProperty)$|hasOwnProperty\\.call$|^Object\\.hasOwn$`,
  ),
  namedChecks: NAMED_CHECKS,
  receiverChecks: /\.match$/,
  raisingChecks: RAISING,
  membership: false,
  prefixChecks: /\.(startsWith|relative)$/,
  // `new URL(raw, base).origin === base`, `url.hostname` in an allow-list: where a parsed URL goes.
  urlHostParts: /\.(host|hostname|origin)$/,
  normalisers: /\b(path\.(resolve|normalize|join)|fs\.realpathSync|realpath)\s*\(/,
  helperBodies: { path: /\.(includes|indexOf|startsWith)\s*\(\s*['"`]\.\./ },
  sanitizers: {
    // A hash digest (`createHash(...).update(x).digest('hex')`) is hex or base64 text whatever went in.
    any: /^((Number\.)?(parseInt|parseFloat)|Number|Boolean|Math\.\w+)$|\.digest$/,
    command: /^(shellescape|shellQuote\.quote|quote)$/,
    path: /^(path\.basename|basename|sanitize(Filename)?)$/,
    code: /^JSON\.stringify$/,
    redirect: /^(encodeURIComponent)$/,
    markup: /^(escapeHtml|escape|encodeURIComponent|encodeURI|DOMPurify\.sanitize|he\.encode|validator\.escape)$/,
  },
};

const JAVA: LanguageGuards = {
  validators: new RegExp(`\\.(contains|containsKey|isDigit|isLetterOrDigit)$`),
  namedChecks: NAMED_CHECKS,
  receiverChecks: /\.matches$/,
  raisingChecks: RAISING,
  membership: false,
  prefixChecks: /\.startsWith$/,
  normalisers: /\.(normalize|toRealPath|getCanonicalPath|getCanonicalFile)\s*\(/,
  helperBodies: { path: /\.(contains|startsWith|indexOf)\s*\(\s*"\.\./ },
  sanitizers: {
    // `size.hashCode()`, `name.length()`, `list.size()` are ints whatever the text was; the response's output
    // stream (`Files.copy(path, resp.getOutputStream())`) is where bytes go, no request data.
    any: /^(Integer\.parseInt|Long\.parseLong|Integer\.valueOf|Long\.valueOf|UUID\.fromString)$|\.(hashCode|length|size|getOutputStream)$/,
    path: /\.getFileName$|^FilenameUtils\.getName$/,
    markup: /(^|\.)(escapeHtml4?|htmlEscape|encodeForHTML|encode)$/,
  },
};

/** Named checks in languages that capitalise methods (`IsValidName`, `HasPermission`): the same words, any case. */
const NAMED_CHECKS_ANY_CASE = new RegExp(NAMED_CHECKS.source, 'i');
/** Raising helpers in any case (`ValidateName(x)` in C#); `CheckOutput`-style runners excluded as above. */
const RAISING_ANY_CASE = /^(validate|ensure|verify|assert)\w*$|^check(?!_output|_call|Output|Call)[A-Z_]\w*$/i;

/** Go: errors, not exceptions; `if err := validate(x); err != nil { return }` is read by guardedSink. */
const GO: LanguageGuards = {
  validators:
    /^(regexp\.MatchString|slices\.Contains|subtle\.ConstantTimeCompare|hmac\.Equal|filepath\.IsLocal|strings\.ContainsRune|unicode\.(IsLetter|IsDigit|IsNumber))$|\.(MatchString|Match)$/,
  namedChecks: NAMED_CHECKS_ANY_CASE,
  receiverChecks: /^$/,
  raisingChecks: RAISING_ANY_CASE,
  membership: false,
  keyLookups: true,
  prefixChecks: /^strings\.HasPrefix$/,
  // `u, _ := url.Parse(next)` then `u.IsAbs() || u.Host != ""` exits: where the redirect goes is checked (a scheme
  // test alone, `u.Scheme != "https"`, is not: any host passes it).
  urlHostParts: /\.(Host|Hostname|IsAbs)$/,
  normalisers: /\b(filepath\.(Clean|Abs|EvalSymlinks|Rel)|path\.Clean)\s*\(/,
  // A helper (or an inline test) that looks for ".." in the name: a relative join cannot climb out without it.
  helperBodies: { path: /\bstrings\.(Contains|HasPrefix|Index)\s*\([^;\n]*"\.\."|\bfilepath\.IsLocal\s*\(/ },
  sanitizers: {
    any: /^(strconv\.(Atoi|ParseInt|ParseUint|ParseFloat|ParseBool)|uuid\.Parse)$/,
    path: /^(filepath\.Base|path\.Base)$/,
    // An escaped path segment or query value cannot change the scheme or host of the URL around it.
    redirect: /^url\.(QueryEscape|PathEscape)$/,
    markup: /^(html\.EscapeString|template\.(HTMLEscapeString|JSEscapeString)|url\.(QueryEscape|PathEscape))$/,
  },
};

const PHP: LanguageGuards = {
  validators:
    /^(preg_match|in_array|array_key_exists|ctype_(digit|alnum|alpha|xdigit|lower|upper)|is_numeric|filter_var|hash_equals)$/,
  namedChecks: NAMED_CHECKS,
  receiverChecks: /^$/,
  raisingChecks: RAISING,
  membership: false,
  prefixChecks: /^(str_starts_with|strpos|strncmp)$/,
  normalisers: /\brealpath\s*\(/,
  // FILTER_VALIDATE_EMAIL and _URL are left out: both let quotes and other markup through.
  numericFilters: {
    calls: /^(filter_var|filter_input)$/,
    filters: /^FILTER_VALIDATE_(INT|FLOAT|BOOL|BOOLEAN|IP)$/,
  },
  helperBodies: { path: /\b(strpos|str_contains|strstr|str_starts_with)\s*\([^;\n]*['"]\.\./ },
  sanitizers: PHP_SANITISERS,
};

const CSHARP: LanguageGuards = {
  validators:
    /^(Regex\.IsMatch|CryptographicOperations\.FixedTimeEquals|(int|long|Guid|Int32|Int64)\.TryParse)$|\.(IsMatch|Contains|ContainsKey|TryGetValue)$/,
  namedChecks: NAMED_CHECKS_ANY_CASE,
  receiverChecks: /\.All$/,
  raisingChecks: RAISING_ANY_CASE,
  membership: false,
  prefixChecks: /\.StartsWith$/,
  normalisers: /\bPath\.GetFullPath\s*\(/,
  helperBodies: { path: /\.(Contains|StartsWith|IndexOf)\s*\(\s*"\.\./ },
  sanitizers: {
    any: /^((int|long|Guid|Int32|Int64)\.Parse|Convert\.ToInt(32|64))$/,
    path: /^Path\.GetFileName$/,
    // An HtmlEncoder held in a field or injected (`_html.Encode(x)`, `_htmlEncoder.Encode(x)`) encodes as the default one.
    markup:
      /(^|\.)(HtmlEncode|UrlEncode|EscapeDataString|JavaScriptStringEncode)$|^HtmlEncoder\.Default\.Encode$|(^|\.)_?[hH]tml\w*\.Encode$/,
  },
};

/** Rust: `validate(&x)?;` is read by guardedSink as a raising statement. */
const RUST: LanguageGuards = {
  validators: /(^|::)(constant_time_eq|ct_eq)$|\.(is_match|contains|contains_key|ct_eq)$/,
  namedChecks: NAMED_CHECKS,
  // `name.contains("..")` that exits: a deny-list scan of the value itself.
  receiverChecks: /\.(all|contains)$/,
  raisingChecks: RAISING,
  membership: false,
  prefixChecks: /\.starts_with$/,
  normalisers: /(\.|::)canonicalize\s*\(/,
  sanitizers: {
    any: /(^|\.)parse(::<\w+>)?$/,
    command: /^(shell_escape::escape|shlex::(quote|try_quote))$/,
    path: /\.file_name$/,
    markup: /(^|::)(encode_text|encode_safe|encode_double_quoted_attribute|escape_html)$/,
  },
};

/** Languages with guard shapes; the others keep only their rules' own checks. */
export const GUARDS: Partial<Record<Language, LanguageGuards>> = {
  python: PYTHON,
  c: C,
  cpp: CPP,
  javascript: JAVASCRIPT,
  typescript: JAVASCRIPT,
  java: JAVA,
  go: GO,
  php: PHP,
  csharp: CSHARP,
  rust: RUST,
  ruby: RUBY_GUARDS,
};

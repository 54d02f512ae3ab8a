// Risky-call markers for cutting completion tasks out of real source files (scripts/fieldPrefixTasks.ts): per
// language, a line that matches `line` (and not `unless`) is where a task is cut, labelled with `cwe`. Written by us
// from the public meaning of each API; kept small, each entry a call whose usual risk is not in doubt. Comment lines
// are skipped by the caller. Method calls on objects (`$db->exec(`, `re.compile(`) are excluded where a bare
// function is meant, by requiring no `.`, `->` or `::` before the name.
export interface RiskyMarker {
  name: string;
  line: RegExp;
  unless?: RegExp;
  cwe: string;
}

const bare = (names: string): RegExp => new RegExp(`(?<![\\w.>:$])(?:${names})\\s*\\(`);

const C_FAMILY: RiskyMarker[] = [
  { name: 'strcpy', line: bare('strcpy|wcscpy'), cwe: 'CWE-120' },
  { name: 'strcat', line: bare('strcat|wcscat'), cwe: 'CWE-120' },
  { name: 'gets', line: bare('gets'), cwe: 'CWE-242' },
  // A literal format with %s copies an unbounded string; any other first format argument is a format string.
  { name: 'sprintf-%s', line: /(?<![\w.>:])v?sprintf\s*\([^,]+,\s*"[^"]*%s/, cwe: 'CWE-120' },
  { name: 'sprintf-nonliteral', line: /(?<![\w.>:])v?sprintf\s*\([^,]+,\s*[A-Za-z_][\w>.-]*\s*[,)]/, cwe: 'CWE-134' },
  {
    name: 'printf-nonliteral',
    line: /(?<![\w.>:])f?printf\s*\(\s*(?:std\w+\s*,\s*)?[a-z_][\w>.-]*\s*\)/,
    cwe: 'CWE-134',
  },
  { name: 'rand', line: bare('rand|random'), unless: /\bsrand|\brand\w/, cwe: 'CWE-338' },
  { name: 'system', line: bare('system|popen'), cwe: 'CWE-78' },
  // memcpy with a length that is neither a number nor a sizeof.
  { name: 'memcpy-variable', line: /(?<![\w.>:])memcpy\s*\([^,]+,[^,]+,\s*(?!sizeof\b|\d)[A-Za-z_(]/, cwe: 'CWE-120' },
  { name: 'tmpnam', line: bare('tmpnam|mktemp|tempnam'), cwe: 'CWE-377' },
  { name: 'md5', line: bare('MD5_Init|MD5|EVP_md5|SHA1_Init|EVP_sha1'), cwe: 'CWE-328' },
];

export const RISKY_MARKERS: Record<string, RiskyMarker[]> = {
  c: C_FAMILY,
  cpp: [...C_FAMILY, { name: 'std::rand', line: /\bstd::rand\s*\(/, cwe: 'CWE-338' }],
  php: [
    { name: 'md5', line: bare('md5|sha1|md5_file'), cwe: 'CWE-328' },
    { name: 'rand', line: bare('rand|mt_rand|uniqid|lcg_value'), cwe: 'CWE-338' },
    { name: 'unserialize', line: bare('unserialize'), cwe: 'CWE-502' },
    // Not `assert(`: since PHP 7 it evaluates no string, and real code asserts types (`assert(is_int($n))`).
    { name: 'eval', line: bare('eval|create_function'), cwe: 'CWE-95' },
    { name: 'shell', line: bare('shell_exec|system|exec|passthru|popen|proc_open'), cwe: 'CWE-78' },
    // A query call whose argument builds SQL from a variable.
    {
      name: 'sql-concat',
      line: /(?:mysqli?_query|->query|->get_results|->get_var|->get_row)\s*\([^;]*(?:\.\s*\$|"[^"]*\$)/,
      cwe: 'CWE-89',
    },
    { name: 'echo-request', line: /\b(?:echo|print)\b[^;]*\$_(?:GET|POST|REQUEST|COOKIE|SERVER)\b/, cwe: 'CWE-79' },
  ],
  python: [
    { name: 'pickle', line: /\b(?:pickle|cPickle|marshal|shelve)\.(?:loads?|open)\s*\(/, cwe: 'CWE-502' },
    { name: 'yaml.load', line: /\byaml\.load\s*\(/, unless: /SafeLoader|safe_load/, cwe: 'CWE-502' },
    { name: 'shell', line: /\bos\.(?:system|popen)\s*\(|shell\s*=\s*True/, cwe: 'CWE-78' },
    { name: 'eval', line: bare('eval|exec'), cwe: 'CWE-95' },
    { name: 'md5', line: /\bhashlib\.(?:md5|sha1)\s*\(/, cwe: 'CWE-328' },
    { name: 'random', line: /\brandom\.(?:random|randint|randrange|choice|getrandbits)\s*\(/, cwe: 'CWE-338' },
    { name: 'mktemp', line: /\b(?:tempfile\.)?mktemp\s*\(/, cwe: 'CWE-377' },
    {
      name: 'sql-format',
      line: /\.execute(?:many)?\s*\(\s*(?:f["']|["'][^"']*["']\s*(?:%|\.format\b|\+))/,
      cwe: 'CWE-89',
    },
  ],
  go: [
    { name: 'md5', line: /\b(?:md5|sha1)\.(?:New|Sum)\s*\(/, cwe: 'CWE-328' },
    { name: 'math/rand', line: /\brand\.(?:Intn|Int63|Int31n?|Float64|Read|Perm)\s*\(/, cwe: 'CWE-338' },
    { name: 'exec', line: /\bexec\.Command(?:Context)?\s*\(/, cwe: 'CWE-78' },
    { name: 'skip-verify', line: /InsecureSkipVerify\s*:\s*true/, cwe: 'CWE-295' },
    { name: 'template.HTML', line: /\btemplate\.(?:HTML|JS|URL)\s*\(/, cwe: 'CWE-79' },
    { name: 'sql-sprintf', line: /fmt\.Sprintf\s*\(\s*"(?:SELECT|INSERT|UPDATE|DELETE)\b/i, cwe: 'CWE-89' },
  ],
  rust: [
    { name: 'command', line: /\bCommand::new\s*\(/, cwe: 'CWE-78' },
    { name: 'from_raw_parts', line: /\bslice::from_raw_parts(?:_mut)?\s*\(|\.set_len\s*\(/, cwe: 'CWE-119' },
    { name: 'copy_nonoverlapping', line: /\bptr::copy(?:_nonoverlapping)?\s*\(/, cwe: 'CWE-119' },
    { name: 'transmute', line: /\bmem::transmute\s*\(/, cwe: 'CWE-843' },
    { name: 'get_unchecked', line: /\.get_unchecked(?:_mut)?\s*\(/, cwe: 'CWE-125' },
    { name: 'md5', line: /\b(?:md5|Md5|sha1|Sha1)::/, cwe: 'CWE-328' },
  ],
  javascript: [
    { name: 'eval', line: /(?<![\w.])eval\s*\(|\bnew Function\s*\(/, cwe: 'CWE-95' },
    {
      name: 'child_process',
      line: /\b(?:child_process|cp)\.exec(?:Sync)?\s*\(|(?<![\w.])execSync\s*\(/,
      cwe: 'CWE-78',
    },
    { name: 'Math.random', line: /\bMath\.random\s*\(/, cwe: 'CWE-338' },
    { name: 'md5', line: /createHash\s*\(\s*['"](?:md5|sha1)['"]/, cwe: 'CWE-328' },
    { name: 'innerHTML', line: /\.(?:innerHTML|outerHTML)\s*=|document\.write\s*\(/, cwe: 'CWE-79' },
  ],
};

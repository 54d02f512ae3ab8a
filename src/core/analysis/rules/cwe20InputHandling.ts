// Injection into secondary interpreters fed from the request: regular expressions (CWE-1333),
// logs (CWE-117), HTTP headers (CWE-113), XPath (CWE-643), LDAP (CWE-90) and NoSQL queries (CWE-943).
import type { TaintRule, TaintSpec } from '../Rule';
import type { Language } from '../../task/Task';
import { ANY_SOURCES, REQUEST_SOURCES } from '../sources';

function injection(
  id: string,
  cwe: string,
  message: string,
  fix: string,
  languages: Language[],
  sinks: TaintSpec['sinks'],
  sanitizers: RegExp,
  sources = REQUEST_SOURCES,
): TaintRule {
  return {
    id,
    cwe,
    severity: 'warning',
    message,
    fix,
    languages,
    kind: 'taint',
    taint: { sources, sinks, sanitizers },
  };
}

export const regexInjection = injection(
  'regex-injection',
  'CWE-1333',
  'A regular expression is compiled from request data; a crafted pattern can take exponential time.',
  'Escape the input (re.escape, a quoting helper) or match it literally; never compile user-supplied patterns.',
  ['python', 'javascript', 'typescript', 'java', 'go'],
  {
    python: [{ callee: /^re\.(compile|search|match|fullmatch|findall|finditer|sub|subn|split)$/, args: [0] }],
    javascript: [{ callee: /^(new )?RegExp$/, args: [0] }],
    typescript: [{ callee: /^(new )?RegExp$/, args: [0] }],
    java: [{ callee: /^Pattern\.(compile|matches)$|\.(matches|replaceAll|split)$/, args: [0] }],
    go: [{ callee: /^regexp\.(Compile|MustCompile|MatchString)$/, args: [0] }],
  },
  /(^|\.)(escape|quote|QuoteMeta|escapeRegExp|escapeRegex|int|len)$/,
);

export const logInjection = injection(
  'log-injection',
  'CWE-117',
  'Request data is written to a log unchanged; a newline in it forges extra log entries.',
  'Strip or encode CR/LF (and control characters) before logging user data, or log it as a structured field.',
  ['python', 'javascript', 'typescript', 'java', 'go'],
  {
    python: [
      {
        callee:
          /^(logging|log|logger|_logger|LOGGER|app\.logger|current_app\.logger|self\.logger)\.(debug|info|warning|warn|error|critical|exception|log)$/,
      },
    ],
    javascript: [{ callee: /^(console|logger|log)\.(log|info|warn|error|debug)$/ }],
    typescript: [{ callee: /^(console|logger|log)\.(log|info|warn|error|debug)$/ }],
    java: [{ callee: /^(log|logger|LOG|LOGGER)\.(info|warn|error|debug|trace|fine|severe|warning)$/ }],
    go: [{ callee: /^log\.(Print|Printf|Println)$/ }],
  },
  /(^|\.)(replace|escape|sanitize|quote|json\.dumps|dumps|repr|int|encode|replaceAll|strip_newlines|Quote)$/,
);

export const headerInjection = injection(
  'header-injection',
  'CWE-113',
  'Request data is placed in an HTTP response header; CR/LF in it splits the response.',
  'Reject or strip CR/LF from header values, and prefer framework helpers that validate them.',
  ['python', 'javascript', 'typescript', 'java', 'php'],
  {
    python: [{ callee: /\.headers\.(add|set|__setitem__|setdefault)$|^(response|resp)\.set_cookie$/ }],
    javascript: [{ callee: /^res\.(setHeader|set|header|append)$/, args: [1] }],
    typescript: [{ callee: /^res\.(setHeader|set|header|append)$/, args: [1] }],
    java: [{ callee: /\.(setHeader|addHeader)$/, args: [1] }, { callee: /^new Cookie$/ }],
    php: [{ callee: /^header$/, args: [0], when: (c) => !/location/i.test(c.args[0]?.text ?? '') }],
  },
  /(^|\.)(replace|quote|urlencode|encodeURIComponent|int|escape|URLEncoder\.encode)$/,
);

export const xpathInjection = injection(
  'xpath-injection',
  'CWE-643',
  'An XPath expression is built from request data; quotes in it change the query.',
  'Use XPath variables ($name bound via the API) or strictly validate the value.',
  ['python', 'java', 'javascript', 'php'],
  {
    python: [{ callee: /\.(xpath|find|findall|iterfind|findtext)$|^XPath$/, args: [0] }],
    java: [{ callee: /\.(evaluate|compile)$/, args: [0] }],
    javascript: [{ callee: /^(xpath\.select|xpath\.select1|document\.evaluate)$/, args: [0] }],
    php: [{ callee: /->(query|evaluate)$/, args: [0], when: (c) => /xpath/i.test(c.name) }],
  },
  /(^|\.)(int|escape|quote)$/,
  ANY_SOURCES,
);

export const ldapInjection = injection(
  'ldap-injection',
  'CWE-90',
  'An LDAP filter or DN is built from request data; filter metacharacters change the search.',
  "Escape values with the LDAP library's filter escaping (escape_filter_chars) before building the filter.",
  ['python', 'java', 'php'],
  {
    python: [
      {
        callee: /\.(search_s|search|search_st|search_ext_s|search_ext)$/,
        when: (c) => /ldap|conn|\bl\b/i.test(c.name),
      },
    ],
    // JNDI's search(base, filter, args, controls) escapes the args itself, so only the base and filter count.
    java: [{ callee: /\.search$/, args: [0, 1] }],
    php: [{ callee: /^ldap_(search|list|read)$/ }],
  },
  /(^|\.)(escape_filter_chars|escape_dn_chars|escape|encodeForLDAP|ldap_escape)$/,
);

export const nosqlInjection = injection(
  'nosql-injection',
  'CWE-943',
  'A database query object is built from request data; operators such as $where or $ne in it change the query.',
  'Cast values to plain strings or numbers and never pass request objects or $where code to the database.',
  ['python', 'javascript', 'typescript'],
  {
    python: [
      {
        callee: /\.(find|find_one|find_one_and_update|update_one|delete_one|delete_many|aggregate|count_documents)$/,
        when: (c) =>
          /\$where|\$regex|\$expr|json\.loads|loads\(/.test(c.node.text) || /^request\./.test(c.args[0]?.text ?? ''),
      },
    ],
    javascript: [
      {
        callee: /\.(find|findOne|findOneAndUpdate|updateOne|deleteOne|deleteMany|where|aggregate)$/,
        args: [0],
        when: (c) => c.args[0]?.type === 'object',
      },
    ],
    typescript: [
      {
        callee: /\.(find|findOne|findOneAndUpdate|updateOne|deleteOne|deleteMany|where|aggregate)$/,
        args: [0],
        when: (c) => c.args[0]?.type === 'object',
      },
    ],
  },
  /(^|\.)(str|String|int|Number|parseInt|escape|sanitize|ObjectId)$/,
);

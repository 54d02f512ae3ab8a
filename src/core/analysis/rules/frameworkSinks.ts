// Framework-specific sinks the generic rules miss: escaping switched off in templates and JSX, script engines
// (JavaScript in Java, Lua in C) fed run-time text, js-yaml's full schema, libcurl with a run-time URL, and
// credentials embedded in connection strings or passed as literals.
import type { QueryRule } from '../Rule';
import { callRule } from '../callRule';
import { isConstant } from '../stringShape';
import { scopeOf } from '../walk';

export const templateSafeFilter: QueryRule = {
  id: 'template-safe-filter',
  cwe: 'CWE-79',
  severity: 'warning',
  languages: ['python'],
  kind: 'query',
  query: { python: '(string) @hit' },
  message: 'The template marks a value |safe, turning off auto-escaping for it.',
  fix: 'Drop |safe and let the template escape the value; sanitise with an HTML allow-list if markup is really needed.',
  predicate: ({ hit }) =>
    hit !== undefined && /\{\{[^}]*\|\s*safe\b[^}]*\}\}|\{%\s*autoescape\s+(false|off)/.test(hit.text),
};

export const jsxDangerousHtml: QueryRule = {
  id: 'jsx-dangerously-set-inner-html',
  cwe: 'CWE-79',
  severity: 'warning',
  languages: ['javascript', 'typescript'],
  kind: 'query',
  query: {
    javascript: '(jsx_attribute (property_identifier) @name) @hit',
    typescript: '(pair key: (property_identifier) @name) @hit',
  },
  message: 'dangerouslySetInnerHTML renders a string as live markup.',
  fix: 'Render the text as children (React escapes it) or sanitise it with DOMPurify first.',
  predicate: ({ hit, name }) =>
    hit !== undefined &&
    name !== undefined &&
    /^(dangerouslySetInnerHTML|__html)$/.test(name.text) &&
    !/sanitize|DOMPurify|escape/i.test(hit.text) &&
    !/^__html:\s*(['"`][^$]*['"`])\s*$/.test(hit.text),
};

export const scriptEngineEval = callRule({
  id: 'embedded-script-eval',
  cwe: 'CWE-94',
  severity: 'error',
  languages: ['java', 'c', 'cpp'],
  message:
    'Run-time text is executed by an embedded script engine (JavaScript in Java, Lua in C), which can reach the host.',
  fix: 'Parse the small expression language you need yourself, or run a sandboxed engine without host libraries.',
  callee: { java: /\.eval$/, c: /^luaL_(dostring|loadstring)$/, cpp: /^luaL_(dostring|loadstring)$/ },
  when: (call, ctx) => {
    const code = ctx.language === 'java' ? call.args[0] : call.args[1];
    if (!code || isConstant(code)) return false;
    return ctx.language !== 'java' || /ScriptEngine/.test(ctx.code);
  },
});

export const jsYamlFullSchema = callRule({
  id: 'js-yaml-full-schema',
  cwe: 'CWE-502',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message: 'js-yaml with the full schema (or unsafeLoad) builds JavaScript functions from the document.',
  fix: 'Use yaml.load with the default safe schema (js-yaml 4) or yaml.safeLoad (js-yaml 3).',
  callee: {
    javascript: /^(yaml|jsyaml|YAML)\.(load|loadAll|unsafeLoad)$/,
    typescript: /^(yaml|jsyaml|YAML)\.(load|loadAll|unsafeLoad)$/,
  },
  when: (call) => /unsafeLoad$/.test(call.name) || /FULL_SCHEMA/.test(call.args[1]?.text ?? ''),
});

export const curlRuntimeUrl = callRule({
  id: 'c-curl-runtime-url',
  cwe: 'CWE-918',
  severity: 'warning',
  languages: ['c', 'cpp'],
  message:
    'libcurl fetches a run-time URL with every protocol allowed, so file://, gopher:// and internal hosts are reachable.',
  fix: 'Check the URL against an allow-listed prefix and restrict CURLOPT_PROTOCOLS_STR to "https".',
  callee: { c: /^curl_easy_setopt$/, cpp: /^curl_easy_setopt$/ },
  when: (call) =>
    call.args[1]?.text === 'CURLOPT_URL' &&
    call.args[2] !== undefined &&
    !isConstant(call.args[2]) &&
    !/CURLOPT_(REDIR_)?PROTOCOLS|strncmp|strcmp/.test(scopeOf(call.node).text),
});

export const credentialInLiteral: QueryRule = {
  id: 'credential-in-literal',
  cwe: 'CWE-798',
  severity: 'error',
  kind: 'query',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'c', 'cpp'],
  query: {
    python: '(string) @hit',
    javascript: '(string) @hit',
    typescript: '(string) @hit',
    java: '(string_literal) @hit',
    go: '(interpreted_string_literal) @hit',
    php: '[(string) (encapsed_string)] @hit',
    c: '(string_literal) @hit',
    cpp: '(string_literal) @hit',
  },
  message: 'A password is embedded in a connection string, a key literal or a literal password argument.',
  fix: 'Read the connection string, key or password from the environment or a secret store.',
  predicate: ({ hit }) => {
    if (!hit || !isConstant(hit)) return false;
    if (/^['"`]\w+:\/\/[^:/@\s'"]+:[^@\s'"${}<>]{3,}@[\w.-]+/.test(hit.text)) return true;
    const parent = hit.parent;
    // "literal".getBytes() stored under a key-like name.
    if (parent?.type === 'method_invocation' && /\.getBytes\(/.test(parent.text)) {
      return /(KEY|SECRET|key|secret)\w*\s*=/.test(parent.parent?.parent?.text.slice(0, 80) ?? '');
    }
    // new PDO(dsn, user, 'password'), mysqli_connect(host, user, 'password').
    const call = parent?.parent;
    if (
      parent?.type === 'argument' &&
      call &&
      /^(new\s+PDO|mysqli_connect|new\s+mysqli)\b/.test(call.parent?.text ?? '')
    ) {
      const index = call.namedChildren.findIndex((c) => c?.startIndex === parent.startIndex);
      return index === 2 && hit.text.length > 4;
    }
    return false;
  },
};

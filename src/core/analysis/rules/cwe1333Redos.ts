// CWE-1333 inefficient regular expressions (ReDoS): the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { scopeOf } from '../walk';
import { injection } from '../ruleParts/injectionRule';
import { callRule } from '../callRule';
import { csVariable } from '../ruleParts/csharpShape';
import type { RuleContext } from '../RuleContext';
import { atomsOf, fromCallerOrInput } from '../cBoundsFacts';
import { isTainted } from '../ruleHelpers';
import { NATIVE_ESCAPERS, textValue } from '../ruleParts/nativeSplicedValues';
import { isCallNode } from '../callInfo';
import { isRustRequestValue } from '../ruleParts/rustParameters';

/** The pattern as the regex engine sees it: quotes removed, C escapes (`\\.`) folded to one backslash. */
function patternOf(literal: string): string {
  const raw = /^u?8?R"([^(]*)\(([\s\S]*)\)\1"$/.exec(literal);
  if (raw) return raw[2] ?? '';
  return literal.replace(/^(u8|[uUL])?"|"$/g, '').replace(/\\\\/g, '\\');
}

/** The literal is the pattern of a std::regex: a declaration `std::regex r("...")` or a `std::regex(...)` call. */
function buildsRegex(literal: SyntaxNode): boolean {
  let node: SyntaxNode | null = literal.parent;
  for (let hops = 0; node && hops < 4; node = node.parent, hops += 1) {
    if (node.type === 'declaration') return /(^|::)w?regex$/.test(node.childForFieldName('type')?.text ?? '');
    if (node.type === 'call_expression') return /(^|::)w?regex$/.test(node.childForFieldName('function')?.text ?? '');
  }
  return false;
}

/** A group that repeats and itself contains a repeat, e.g. `(a+)+` or `(\w+\s?)*`. */
const NESTED_QUANTIFIER = /\((?:[^()]*[+*]|[^()]*\{\d+,\}?)[^()]*\)[+*{]/;

function nestedPattern(node: SyntaxNode | undefined): boolean {
  return !!node && /string_literal/.test(node.type) && NESTED_QUANTIFIER.test(node.text);
}

const REPEATED_GROUP = /\((?:\?:)?((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\})(?:[^()\\]|\\.)*)\)(?:[+*]|\{\d+,\})/g;

const QUANTIFIED_ATOM = /(\\.|\[[^\]]*\]|[^\\()[\]|])(?:[+*?]|\{\d*,?\d*\})/g;

/**
 * A repeated group containing a quantifier with no mandatory literal between repetitions, e.g. (a+)+ or
 * (\w+\s?)*; (?: \w+)* is safe because each repetition must start with the space.
 */
export function nestedQuantifier(pattern: string): boolean {
  for (const m of pattern.matchAll(REPEATED_GROUP)) {
    const body = m[1] ?? '';
    if (body.includes('|')) continue;
    if (body.replace(QUANTIFIED_ATOM, '').replace(/[\^$]/g, '') === '') return true;
  }
  return false;
}

export const regexInjection = injection(
  {
    id: 'regex-injection',
    cwe: 'CWE-1333',
    message: 'A regular expression is compiled from request data; a crafted pattern can take exponential time.',
    fix: 'Escape the input (re.escape, a quoting helper) or match it literally; never compile user-supplied patterns.',
    languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php'],
  },
  {
    php: [{ callee: /^preg_(match|match_all|replace|replace_callback|split|grep)$/, args: [0] }],
    python: [{ callee: /^re\.(compile|search|match|fullmatch|findall|finditer|sub|subn|split)$/, args: [0] }],
    javascript: [{ callee: /^(new )?RegExp$/, args: [0] }],
    typescript: [{ callee: /^(new )?RegExp$/, args: [0] }],
    java: [
      { callee: /^Pattern\.(compile|matches)$|\.(replaceAll|replaceFirst|split)$/, args: [0] },
      // String.matches takes one argument; `encoder.matches(raw, hash)` (Spring's PasswordEncoder) is no regex.
      { callee: /\.matches$/, args: [0], when: (call) => call.args.length === 1 },
    ],
    go: [{ callee: /^regexp\.(Compile|MustCompile|MatchString)$/, args: [0] }],
  },
  /(^|\.)(escape|quote|QuoteMeta|escapeRegExp|escapeRegex|int|len|preg_quote)$/,
);

export const redosPattern: QueryRule = {
  id: 'redos-nested-quantifier',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'python', 'java'],
  kind: 'query',
  query: {
    javascript: '(regex pattern: (regex_pattern) @hit)',
    typescript: '(regex pattern: (regex_pattern) @hit)',
    python:
      '(call function: (attribute object: (identifier) @mod attribute: (identifier) @fn) arguments: (argument_list . (string) @hit))',
    java: '(method_invocation object: (identifier) @mod name: (identifier) @fn arguments: (argument_list . (string_literal) @hit))',
  },
  message:
    'The regular expression repeats a group that itself contains a quantifier, so some inputs backtrack exponentially.',
  fix: 'Rewrite the pattern so each character can match in only one way (no nested quantifiers), or limit the input length first.',
  predicate: ({ hit, mod, fn }) =>
    hit !== undefined &&
    (mod === undefined ||
      (/^(re|regex|Pattern)$/.test(mod.text) &&
        /^(compile|match|search|fullmatch|findall|sub|matches)$/.test(fn?.text ?? ''))) &&
    // Java has no raw strings: "\\." in the source is the regex \. the engine sees.
    nestedQuantifier(hit.type === 'string_literal' ? hit.text.replace(/\\\\/g, '\\') : hit.text),
};

export const csRegexNoTimeout = callRule({
  id: 'cs-regex-no-timeout',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['csharp'],
  message: 'A backtracking regex (nested quantifiers or a pattern from input) runs without a match timeout.',
  fix: 'Pass a TimeSpan match timeout (or RegexOptions.NonBacktracking) and avoid nested quantifiers.',
  callee: { csharp: /^new Regex$|^Regex\.(IsMatch|Match|Matches|Replace|Split)$/ },
  when: (call) => {
    const pattern = call.name === 'new Regex' ? call.args[0] : call.args[1];
    const risky = nestedPattern(pattern) || (call.name === 'new Regex' && csVariable(pattern));
    return risky && !call.args.some((a) => /TimeSpan|Timeout|NonBacktracking/.test(a.text));
  },
});

export const rustBacktrackingRegexFromInput = callRule({
  id: 'rust-backtracking-regex-from-input',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['rust'],
  // The regex crate matches in linear time, so only the backtracking engines are a ReDoS risk.
  message:
    'A backtracking regex engine (fancy_regex, pcre2) compiles a pattern from input, so one pattern can hang the matcher.',
  fix: 'Use the regex crate (linear-time) for input patterns, or escape the input (regex::escape) and set a backtrack limit.',
  callee: { rust: /(^|::)(fancy_regex::(Regex|RegexBuilder)|pcre2::(bytes::)?(Regex|RegexBuilder))::new$/ },
  when: (call, ctx) => {
    const pattern = call.args[0];
    return !!pattern && !/escape\s*\(/.test(pattern.text) && isRustRequestValue(pattern, ctx);
  },
});

export const cppRegexNested: QueryRule = {
  id: 'cpp-regex-nested-quantifier',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '[(string_literal) (raw_string_literal)] @hit' },
  message:
    'std::regex backtracks, and this pattern repeats a group that itself repeats, so some inputs take exponential time.',
  fix: 'Rewrite the pattern so each character can match in only one way (e.g. `[a-z]+(\\.[a-z]+)*`) and cap the input length.',
  predicate: ({ hit }) => hit !== undefined && buildsRegex(hit) && nestedQuantifier(patternOf(hit.text)),
};

/** Every rule in this file, in the order the registry runs them. */
/** The pattern of `std::regex r(p)`, `std::regex r{p}`, `std::regex r = std::regex(p)` or `std::regex(p)`, as text. */
function regexPatternText(node: SyntaxNode): string | undefined {
  if (node.type === 'call_expression')
    return /(^|::)w?regex$/.test(node.childForFieldName('function')?.text ?? '')
      ? node.childForFieldName('arguments')?.namedChildren[0]?.text
      : undefined;
  if (!/(^|::)w?regex$/.test(node.childForFieldName('type')?.text ?? '')) return undefined;
  // `std::regex r(p);` parses as a function declarator whose "parameter" is p.
  return /^\s*\w+\s*[({]\s*([^,(){}]+?)\s*(,[^(){}]*)?[)}]\s*$/.exec(
    node.childForFieldName('declarator')?.text ?? '',
  )?.[1];
}

/** The pattern names a caller's parameter or a value read from input, not a literal and not escaped first. */
function patternFromOutside(node: SyntaxNode, ctx: RuleContext): boolean {
  const text = regexPatternText(node);
  if (!text || /^(u8|[uUL])?R?"/.test(text)) return false;
  const arg = node.type === 'call_expression' ? node.childForFieldName('arguments')?.namedChildren[0] : null;
  if (arg) {
    const value = textValue(arg);
    if (isCallNode(value) && NATIVE_ESCAPERS.test(ctx.callAt(value).name)) return false;
    return (
      !escapedBefore(value.text, node, ctx) && (isTainted(value, ctx) || fromCallerOrInput(atomsOf(value), node, ctx))
    );
  }
  const name = /^([A-Za-z_]\w*)(\.c_str\(\))?$/.exec(text)?.[1];
  if (!name || escapedBefore(name, node, ctx)) return false;
  // `std::string p = regex_escape(raw);` then `std::regex re(p);`: the pattern was made literal first.
  const writes = ctx.assignmentsTo(scopeOf(node), name);
  if (writes.length > 0 && writes.every((a) => isCallNode(a.value) && NATIVE_ESCAPERS.test(ctx.callAt(a.value).name)))
    return false;
  const readIn = new RegExp(`getline\\s*\\([^;]*\\b${name}\\b|>>\\s*${name}\\b`).test(scopeOf(node).text);
  return readIn || fromCallerOrInput([name], node, ctx);
}

/** The named value went through an escaping call earlier in the function. */
function escapedBefore(name: string, node: SyntaxNode, ctx: RuleContext): boolean {
  return ctx
    .callsIn(scopeOf(node))
    .some(
      (c) =>
        c.node.startIndex < node.startIndex &&
        NATIVE_ESCAPERS.test(c.name) &&
        c.args.some((a) => new RegExp(`\\b${name}\\b`).test(a.text)),
    );
}

export const cppRegexFromInput: QueryRule = {
  id: 'cpp-regex-from-input',
  cwe: 'CWE-1333',
  severity: 'warning',
  languages: ['cpp'],
  message:
    'A std::regex is compiled from a pattern the caller or the input supplies; a crafted pattern backtracks for exponential time.',
  fix: 'Escape the text so it matches literally (or search with std::string::find), or accept only patterns from a fixed set.',
  kind: 'query',
  query: { cpp: '[(declaration) (call_expression)] @hit' },
  predicate: ({ hit }, ctx) => !!hit && patternFromOutside(hit, ctx),
};

export const cwe1333Redos: readonly Rule[] = [
  regexInjection,
  redosPattern,
  csRegexNoTimeout,
  cppRegexNested,
  cppRegexFromInput,
  rustBacktrackingRegexFromInput,
];

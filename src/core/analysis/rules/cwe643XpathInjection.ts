// CWE-643 XPath injection: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { isBuiltString } from '../stringShape';
import { checkedBeforeUse } from '../validationGuard';
import { injection } from '../ruleParts/injectionRule';
import { ANY_SOURCES } from '../sources';
import { callRule } from '../callRule';
import { csBuilt } from '../ruleParts/csharpShape';
import { splicedValues } from '../ruleParts/nativeSplicedValues';
import { codeMentions } from '../codeMentions';
import { escapeRegExp } from '../ruleParts/textPatterns';

/** The expression argument: last for the query helpers (node, expr), first for compile and node methods. */
function expressionOf(call: CallInfo): CallInfo['args'][number] | undefined {
  return /^(xmlquery|htmlquery)\.(Find|FindOne|Query|QueryAll)$/.test(call.name) ? call.args[1] : call.args[0];
}

function builtUnchecked(call: CallInfo, ctx: RuleContext): boolean {
  const expr = expressionOf(call);
  return expr !== undefined && isBuiltString(expr, ctx) && !checkedBeforeUse(call.node, [expr], ctx);
}

/** Literal text of an element path in the argument: `.//user[@name='...']`, `./item`, `//entry`. */
const PATH_SYNTAX = /^(f?["'])\.?\/|\[@|["']\.?\/\//;
const XML_IMPORT = /^\s*(from|import)\s+(lxml|xml\.etree|xml\.dom|defusedxml|elementpath|html5lib|parsel)\b/m;

/**
 * `.xpath(...)` and `XPath(...)` always take an expression; `find`/`findall`/`iterfind`/`findtext` take an
 * ElementTree path only on XML elements. The same names are a string's substring search (`text.find(x)`) and a
 * compiled regex's scan (`WORD.findall(q)`), whose argument is the text searched, so those need an XML module in the
 * file or element-path syntax in the argument (`.//user[@name=`), and a receiver that is no regex (`re.findall`, or
 * a name bound to `re.compile`).
 */
function elementPathCall(call: CallInfo, ctx: RuleContext): boolean {
  if (/(^|\.)(xpath|XPath)$/.test(call.name)) return true;
  if (!codeMentions(ctx, XML_IMPORT) && !PATH_SYNTAX.test(call.args[0]?.text ?? '')) return false;
  const receiver = call.name.slice(0, call.name.lastIndexOf('.'));
  if (receiver === 're' || receiver === 'regex') return false;
  return !new RegExp(`(^|\\W)${escapeRegExp(receiver)}\\s*=\\s*(re|regex)\\.compile\\(`).test(ctx.code);
}

export const xpathInjection = injection(
  {
    id: 'xpath-injection',
    cwe: 'CWE-643',
    message: 'An XPath expression is built from request data; quotes in it change the query.',
    fix: 'Use XPath variables ($name bound via the API) or strictly validate the value.',
    languages: ['python', 'java', 'javascript', 'php'],
  },
  {
    // A dictionary argument is a document-store filter (`db.users.find({...})`, CWE-943), not a path expression.
    python: [
      {
        callee: /\.(xpath|find|findall|iterfind|findtext)$|^XPath$/,
        args: [0],
        when: (c, ctx) =>
          !/^(dictionary|dictionary_comprehension)$/.test(c.args[0]?.type ?? '') && elementPathCall(c, ctx),
      },
    ],
    java: [{ callee: /\.(evaluate|compile)$/, args: [0] }],
    javascript: [{ callee: /^(xpath\.select|xpath\.select1|document\.evaluate)$/, args: [0] }],
    php: [{ callee: /->(query|evaluate)$/, args: [0], when: (c) => /xpath/i.test(c.name) }],
  },
  /(^|\.)(int|escape|quote)$/,
  ANY_SOURCES,
);

export const csXPath = callRule({
  id: 'cs-xpath-built',
  cwe: 'CWE-643',
  severity: 'error',
  languages: ['csharp'],
  message: 'An XPath expression is built from strings, so a quote in the input changes which nodes match.',
  fix: 'Use a constant XPath and compare the value in code, or bind it as an XPath variable through XsltContext.',
  callee: { csharp: /\.(SelectNodes|SelectSingleNode|Evaluate|Compile|Select|XPathSelectElements?|XPathEvaluate)$/ },
  // A pattern or allowlist check on the value before the query (Regex.IsMatch ... return) is the usual fix.
  when: (call, ctx) => csBuilt(call.args[0]) && !checkedBeforeUse(call.node, call.args.slice(0, 1), ctx),
});

export const goXPathBuilt = callRule({
  id: 'go-xpath-built',
  cwe: 'CWE-643',
  severity: 'error',
  languages: ['go'],
  message: 'An XPath expression is formatted from run-time values, so a quote in a value changes which nodes match.',
  fix: 'Check the value against a strict pattern or allowlist before the query, or select broadly and compare the value in Go code.',
  callee: {
    go: /^(xmlquery|htmlquery)\.(Find|FindOne|Query|QueryAll)$|^xpath\.(Compile|MustCompile)$|\.(SelectElement|SelectElements)$/,
  },
  when: builtUnchecked,
});

/** libxml2 and pugixml calls that evaluate or compile an XPath expression (the context-first ones take it second). */
const NATIVE_XPATH = /^(xmlXPathEvalExpression|xmlXPathEval|xmlXPathCompile|xmlXPathCtxtCompile|xmlXPathNodeEval)$/;

export const cXPathBuilt = callRule({
  id: 'c-xpath-built',
  cwe: 'CWE-643',
  severity: 'error',
  languages: ['c', 'cpp'],
  message:
    'An XPath expression is assembled with sprintf, strcat or string concatenation; a quote in a spliced value changes which nodes match.',
  fix: 'Check the value against a strict pattern (letters and digits) before the query, or bind it as an XPath variable (xmlXPathRegisterVariable, pugi::xpath_variable_set).',
  callee: {
    c: NATIVE_XPATH,
    cpp: new RegExp(`${NATIVE_XPATH.source}|\\.(select_nodes|select_node|select_single_node)$`),
  },
  when: (call, ctx) => {
    const expr = /^(xmlXPathCtxtCompile|xmlXPathNodeEval)$/.test(call.name) ? call.args[1] : call.args[0];
    if (!expr) return false;
    const values = splicedValues(expr, call.node, ctx);
    return values.length > 0 && !checkedBeforeUse(call.node, values, ctx);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe643XpathInjection: readonly Rule[] = [xpathInjection, csXPath, goXPathBuilt, cXPathBuilt];

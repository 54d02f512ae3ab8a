// CWE-94 code injection: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { callRule } from '../callRule';
import { builtOrTainted, isRequestTainted, nonConstant } from '../ruleHelpers';
import { pyCodeTier } from '../ruleParts/pyCodeSource';
import { pyRebindsBuiltin } from '../ruleParts/pyProjectModule';
import { isConstant } from '../stringShape';
import { csVariable } from '../ruleParts/csharpShape';
import { codeMentions } from '../codeMentions';

const meta = {
  cwe: 'CWE-94',
  severity: 'error' as const,
  message: 'Non-constant data is evaluated as code; whoever controls it runs arbitrary code.',
  fix: 'Do not evaluate input: parse it (ast.literal_eval, JSON.parse, int()) or dispatch through a fixed table of allowed operations.',
};

/** `exec` runs statements and `compile` makes a code object of any kind: code injection (CWE-94). Python's `eval`
 * of an expression string is the narrower eval injection, reported under CWE-95 (cwe095EvalInjection.ts). */
export const pyExec = callRule({
  ...meta,
  id: 'py-exec-code',
  languages: ['python'],
  callee: { python: /^(exec|builtins\.exec|compile|builtins\.compile)$/ },
  when: (call, ctx) =>
    nonConstant(call.args[0] ?? call.keywords.get('source')) &&
    !(/compile$/.test(call.name) && pyRebindsBuiltin(ctx, 'compile')),
  // Interpreters, debuggers, loaders and code generators run code the program holds: counted only when input or a
  // parameter reaches the code, and never for a script file's content or a code object compiled just before.
  tierOf: (call, ctx) => pyCodeTier(call.args[0] ?? call.keywords.get('source'), call, ctx),
});

export const pyTemplateInjection = callRule({
  ...meta,
  id: 'py-template-injection',
  message: 'A template is built from non-constant data; template syntax in it runs on the server.',
  fix: 'Keep templates constant and pass data as template variables.',
  languages: ['python'],
  callee: { python: /^(jinja2\.)?Template$|\.from_string$|^(flask\.)?render_template_string$/ },
  when: (call, ctx) =>
    builtOrTainted(call.args[0], ctx) && !(call.name === 'Template' && codeMentions(ctx, STRING_TEMPLATE_IMPORT)),
});
/** The standard library's `string.Template` only substitutes `$name` placeholders: no expressions, no code. */
const STRING_TEMPLATE_IMPORT = /^\s*from\s+string\s+import\s+[^\n]*\bTemplate\b/m;

export const jsEval = callRule({
  ...meta,
  id: 'js-eval',
  languages: ['javascript', 'typescript'],
  callee: {
    // `eval` itself is CWE-95 (js-eval-injection); these build or run code in other ways.
    javascript:
      /^(new Function|Function|vm\.runInNewContext|vm\.runInThisContext|vm\.runInContext|setTimeout|setInterval)$/,
    typescript:
      /^(new Function|Function|vm\.runInNewContext|vm\.runInThisContext|vm\.runInContext|setTimeout|setInterval)$/,
  },
  when: (call, ctx) => {
    const timer = /^set(Timeout|Interval)$/.test(call.name);
    const code = timer ? call.args[0] : call.args.at(-1);
    if (!code || isConstant(code)) return false;
    // A timer runs a string as code, but takes a callback far more often: `this.onTimeout`, `fn.bind(this)`. Only
    // text built in place or taken from the request is code.
    if (!timer || /^(template_string|string|binary_expression)$/.test(code.type)) return true;
    return /^(member_expression|subscript_expression)$/.test(code.type) && isRequestTainted(code, ctx);
  },
});

export const phpEval = callRule({
  ...meta,
  id: 'php-eval',
  languages: ['php'],
  callee: { php: /^(eval|assert|create_function)$/ },
  when: (call) => nonConstant(call.args[0]) && (call.name !== 'assert' || assertedCode(call.args[0])),
});

/**
 * `assert` runs its argument as code only when it is a string (PHP before 8); `assert($a === $b)` or
 * `assert(is_int($n))` tests a value. A variable, an interpolated string or a `.` concatenation may be code.
 */
function assertedCode(arg: SyntaxNode | undefined): boolean {
  const value = arg?.type === 'argument' ? arg.namedChildren.at(-1) : arg;
  if (!value) return false;
  if (/^(variable_name|encapsed_string|string|heredoc)$/.test(value.type)) return true;
  return value.type === 'binary_expression' && value.childForFieldName('operator')?.text === '.';
}

export const phpPregReplaceEval = callRule({
  ...meta,
  id: 'php-preg-replace-eval',
  languages: ['php'],
  message: 'preg_replace with the /e modifier evaluates the replacement as PHP code for every match.',
  fix: 'Use preg_replace_callback with a function that builds the replacement (the /e modifier was removed in PHP 7).',
  callee: { php: /^preg_replace$/ },
  // The modifiers follow the closing delimiter of a literal pattern: '/(\w+)/e', '#x#ie'.
  when: (call) => /^['"](.)[\s\S]*\1[a-zA-Z]*e[a-zA-Z]*['"]$/.test(call.args[0]?.text ?? ''),
});

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

export const csScriptEval = callRule({
  id: 'cs-script-eval',
  cwe: 'CWE-94',
  severity: 'error',
  languages: ['csharp'],
  message: 'Text that is not a constant is compiled and run as C#, which lets its author run any code in the process.',
  fix: 'Do not evaluate input as code; parse the small language you need, or map input to a fixed set of operations.',
  callee: { csharp: /^CSharpScript\.(EvaluateAsync|RunAsync|Create)(<[^>]*>)?$|\.CompileAssemblyFromSource$/ },
  when: (call) => csVariable(call.args[call.name.endsWith('CompileAssemblyFromSource') ? 1 : 0]),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe094CodeInjection: readonly Rule[] = [
  pyExec,
  pyTemplateInjection,
  jsEval,
  phpEval,
  phpPregReplaceEval,
  scriptEngineEval,
  csScriptEval,
];

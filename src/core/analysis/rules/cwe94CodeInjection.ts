// CWE-94/95: evaluating code (or templates) assembled from non-constant data.
import { callRule } from '../callRule';
import { builtOrTainted, nonConstant } from '../ruleHelpers';
import { isConstant } from '../stringShape';

const meta = {
  cwe: 'CWE-94',
  severity: 'error' as const,
  message: 'Non-constant data is evaluated as code; whoever controls it runs arbitrary code.',
  fix: 'Do not evaluate input: parse it (ast.literal_eval, JSON.parse, int()) or dispatch through a fixed table of allowed operations.',
};

export const pyEval = callRule({
  ...meta,
  id: 'py-eval-exec',
  languages: ['python'],
  callee: { python: /^(eval|exec|builtins\.eval|builtins\.exec)$/ },
  when: (call) => nonConstant(call.args[0]),
});

export const pyTemplateInjection = callRule({
  ...meta,
  id: 'py-template-injection',
  message: 'A template is built from non-constant data; template syntax in it runs on the server.',
  fix: 'Keep templates constant and pass data as template variables.',
  languages: ['python'],
  callee: { python: /^(jinja2\.)?Template$|\.from_string$|^(flask\.)?render_template_string$/ },
  when: (call, ctx) => builtOrTainted(call.args[0], ctx),
});

export const jsEval = callRule({
  ...meta,
  id: 'js-eval',
  languages: ['javascript', 'typescript'],
  callee: {
    javascript:
      /^(eval|window\.eval|new Function|Function|vm\.runInNewContext|vm\.runInThisContext|vm\.runInContext|setTimeout|setInterval)$/,
    typescript:
      /^(eval|window\.eval|new Function|Function|vm\.runInNewContext|vm\.runInThisContext|vm\.runInContext|setTimeout|setInterval)$/,
  },
  when: (call) => {
    const code = /^set(Timeout|Interval)$/.test(call.name) ? call.args[0] : call.args.at(-1);
    if (!code || isConstant(code)) return false;
    return !/function|arrow_function|identifier/.test(code.type) || !/^set/.test(call.name);
  },
});

export const phpEval = callRule({
  ...meta,
  id: 'php-eval',
  languages: ['php'],
  callee: { php: /^(eval|assert|create_function)$/ },
  when: (call) => nonConstant(call.args[0]),
});

// CWE-95 eval injection: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { nonConstant } from '../ruleHelpers';
import { pyCodeTier } from '../ruleParts/pyCodeSource';

/** Direct `eval` of a non-constant string: CWE-95 is the child of CWE-94 for exactly this call. */
export const jsEvalInjection = callRule({
  id: 'js-eval-injection',
  cwe: 'CWE-95',
  severity: 'error',
  languages: ['javascript', 'typescript'],
  message: 'A non-constant string is passed to eval; whoever controls it runs arbitrary code in this process or page.',
  fix: 'Do not eval data: parse it (JSON.parse, Number), or evaluate expressions with a small parser that allows only the operations you need.',
  callee: {
    javascript: /^(eval|window\.eval|globalThis\.eval|global\.eval)$/,
    typescript: /^(eval|window\.eval|globalThis\.eval|global\.eval)$/,
  },
  when: (call) => nonConstant(call.args[0]),
});

/** Python `eval` of a non-constant string: an expression evaluated from data (`exec`/`compile` stay CWE-94). */
export const pyEvalInjection = callRule({
  id: 'py-eval-injection',
  cwe: 'CWE-95',
  severity: 'error',
  languages: ['python'],
  message: 'A non-constant string is evaluated as a Python expression; whoever controls it runs arbitrary code.',
  fix: 'Do not eval data: parse it (ast.literal_eval, json.loads, int()) or evaluate expressions by walking their AST and allowing only the operations you need.',
  callee: { python: /^(eval|builtins\.eval)$/ },
  when: (call) => nonConstant(call.args[0]),
  // As for exec (py-exec-code): an expression the program holds itself is a note.
  tierOf: (call, ctx) => pyCodeTier(call.args[0], call, ctx),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe095EvalInjection: readonly Rule[] = [pyEvalInjection, jsEvalInjection];

// CWE-95 eval injection and CWE-470 unsafe reflection in Ruby: `eval`/`instance_eval`/`class_eval` of a string that
// carries input, and `send`/`public_send`/`constantize`/`const_get` with a method or class name chosen by input.
import type { Rule } from '../../Rule';
import { callRule } from '../../callRule';
import { receiverOf, rubyBuiltOrTainted, rubyTaint, taintedUnder } from '../../ruleParts/rubyShape';

/**
 * String evaluators; given a block (`instance_eval { ... }`) they run our code, which has no argument. `class_exec`
 * and `instance_exec` only ever run a block, and their arguments are the block's values, not code.
 */
const EVALUATES = /^((Kernel|binding|\w+)\.)?(eval|instance_eval|class_eval|module_eval)$/;

/** `JSON.generate` output is data; it cannot close the literal it is put in. */
const CODE_ESCAPE = /^JSON\.(generate|dump)$|\.to_json$/;

export const rubyEvalInput = callRule({
  id: 'ruby-eval-input',
  cwe: 'CWE-95',
  severity: 'error',
  languages: ['ruby'],
  message:
    'A string built from input is evaluated as Ruby code (eval, instance_eval, class_eval), so input runs as code.',
  fix: 'Never evaluate input: map the accepted values to code through a fixed table, or parse data with JSON.parse.',
  callee: { ruby: EVALUATES },
  when: (call, ctx) => rubyBuiltOrTainted(call.args[0], CODE_ESCAPE, ctx),
});

/** Dispatch by name: the name picks the method (`send`) or the class (`constantize`, `const_get`). */
const BY_NAME_ARGUMENT =
  /\.(send|public_send|__send__|method|const_get|instance_variable_get|instance_variable_set)$|^(send|public_send|__send__|method)$/;
const BY_NAME_RECEIVER = /\.(constantize|safe_constantize|to_sym\.to_proc)$/;
const REFLECTION_TAINT = rubyTaint(null);

export const rubyReflectionInput = callRule({
  id: 'ruby-reflection-input',
  cwe: 'CWE-470',
  severity: 'error',
  languages: ['ruby'],
  message:
    'Input names the method or class that is called (send, public_send, constantize, const_get), so a caller can reach any method, including system or destroy.',
  fix: 'Check the name against an allow-list (`ALLOWED.include?(name)`) or map it through a fixed hash of permitted methods or classes.',
  callee: { ruby: new RegExp(`${BY_NAME_ARGUMENT.source}|${BY_NAME_RECEIVER.source}`) },
  when: (call, ctx) => {
    const name = BY_NAME_RECEIVER.test(call.name) ? receiverOf(call) : call.args[0];
    return !!name && taintedUnder(name, 'ruby-reflection-input', REFLECTION_TAINT, ctx);
  },
  // The guard must cover the name, which is the receiver of `constantize`.
  guardedArgs: (call) => {
    const name = BY_NAME_RECEIVER.test(call.name) ? receiverOf(call) : call.args[0];
    return name ? [name] : [];
  },
});

/** Template engines that compile their text into Ruby (ERB's `<%= %>` runs any code); Liquid is built for untrusted text. */
const COMPILES_TEMPLATE = /^(ERB|Erubi::Engine|Erubis::Eruby|Haml::Engine|Haml::Template|Tilt::ERBTemplate)\.new$/;

export const rubyTemplateInput = callRule({
  id: 'ruby-template-input',
  cwe: 'CWE-94',
  severity: 'error',
  languages: ['ruby'],
  message:
    'A template built from input is compiled (ERB.new, Haml, render inline:), and ERB tags in it run Ruby on the server.',
  fix: 'Keep templates in files of the application and pass input only as values (locals); for user-written templates use Liquid.',
  callee: { ruby: new RegExp(`${COMPILES_TEMPLATE.source}|^render$`) },
  when: (call, ctx) => {
    const text = call.last === 'render' ? call.keywords.get('inline') : call.args[0];
    return !!text && taintedUnder(text, 'ruby-template-input', REFLECTION_TAINT, ctx);
  },
});

export const rubyCodeInjection: readonly Rule[] = [rubyEvalInput, rubyReflectionInput, rubyTemplateInput];

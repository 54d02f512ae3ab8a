// CWE-79 cross-site scripting (JavaScript rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'js-dom-html-sink',
    'javascript',
    'function f(el, s) { el.innerHTML = s; }\n',
    'function f(el, s) { el.textContent = s; }\n',
  ],
];

describeRuleCases('CWE-79 cross-site scripting (JavaScript rules)', CASES);

// Python guards before eval (guardShapes.ts `issubset`/`all`/`partWalkers`/`classValidators`): each case's first
// snippet is flagged, its twin with a recognised check is not. Our own snippets.
import { describeRuleCases, type RuleCase } from './ruleCasesTestKit';

const SAFE = 'import ast\nSAFE_NODES = (ast.Expression, ast.BinOp, ast.Constant, ast.Add, ast.Mult)\n';
const walked = (onBad: string): string =>
  `${SAFE}def calc(expr):\n    tree = ast.parse(expr, mode="eval")\n    for node in ast.walk(tree):\n        if not isinstance(node, SAFE_NODES):\n            ${onBad}\n    return eval(compile(tree, "<expr>", "eval"))\n`;

const CASES: RuleCase[] = [
  [
    'py-eval-injection',
    'python',
    'def calc(expr):\n    if len(expr) > 50:\n        return ""\n    return str(eval(expr))\n',
    'def calc(expr):\n    if not set(expr).issubset(set("0123456789+-*/() ")):\n        return ""\n    return str(eval(expr))\n',
    { name: 'a character allow-list as a subset test' },
  ],
  [
    'py-eval-injection',
    'python',
    'DIGITS = set("0123456789+-")\ndef calc(expr):\n    if any(ch in DIGITS for ch in expr):\n        return eval(expr)\n',
    'DIGITS = set("0123456789+-")\ndef calc(expr):\n    if all(ch in DIGITS for ch in expr):\n        return eval(expr)\n',
    { name: 'every character in the allow-list, not just one' },
  ],
  [
    'py-eval-injection',
    'python',
    'def calc(expr, mode):\n    if all([expr, mode]):\n        return eval(expr)\n',
    'def calc(expr, mode):\n    if all(ch.isdigit() or ch in "+-" for ch in expr):\n        return eval(expr)\n',
    { name: 'all() counts as a check only over the elements of the value' },
  ],
  [
    'py-eval-injection',
    'python',
    walked('print("unexpected node")'),
    walked('raise ValueError(type(node).__name__)'),
    { name: 'an AST walk that admits only safe node types counts when a bad node leaves' },
  ],
  [
    'py-eval-injection',
    'python',
    'def calc(expr):\n    if not isinstance(expr, str):\n        raise TypeError("text expected")\n    return eval(expr)\n',
    walked('raise ValueError("node")'),
    { name: 'isinstance counts only on the parts of a walked tree, not as a type check of the text' },
  ],
];

describeRuleCases('Python guards before eval', CASES);

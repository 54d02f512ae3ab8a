// CWE-843 unchecked static_cast downcasts in C++: flagged and safe snippets (our own).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const classes =
  'struct Node { virtual ~Node() = default; int kind = 0; };\nstruct Leaf : Node { int value = 1; };\nstruct Branch : public Node { Node *kids[2]; };\n';

const CASES: RuleCase[] = [
  [
    'cpp-unchecked-static-downcast',
    'cpp',
    `${classes}int valueOf(Node *n) {\n  Leaf *l = static_cast<Leaf *>(n);\n  return l->value;\n}\n`,
    `${classes}int valueOf(Node *n) {\n  Leaf *l = dynamic_cast<Leaf *>(n);\n  return l ? l->value : 0;\n}\n`,
    { cwe: 'CWE-843', name: 'a pointer cast to one of two derived classes' },
  ],
  [
    'cpp-unchecked-static-downcast',
    'cpp',
    `${classes}int valueOf(const Node &n) {\n  return static_cast<const Leaf &>(n).value;\n}\n`,
    `${classes}int valueOf(const Node &n) {\n  if (n.kind != 1) return 0;\n  return static_cast<const Leaf &>(n).value;\n}\n`,
    { name: 'a reference cast after a kind tag test is sound' },
  ],
  [
    'cpp-unchecked-static-downcast',
    'cpp',
    `${classes}int valueOf(Node *n) {\n  return static_cast<Leaf *>(n)->value;\n}\n`,
    'struct Node { virtual ~Node() = default; };\nstruct Leaf : Node { int value = 1; };\nint valueOf(Node *n) {\n  return static_cast<Leaf *>(n)->value;\n}\n',
    { name: 'a base with one derived class in the file is left alone' },
  ],
];

describeRuleCases('CWE-843 unchecked static_cast downcasts', CASES);

// CWE-129 improper validation of an array index: flagged and safe snippets (our own).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-index-not-validated',
    'c',
    'static int hits[8];\nint main(void) {\n  int k;\n  if (scanf("%d", &k) != 1) return 1;\n  hits[k]++;\n  return hits[k];\n}\n',
    'static int hits[8];\nint main(void) {\n  int k;\n  if (scanf("%d", &k) != 1) return 1;\n  if (k < 0 || k >= 8) return 1;\n  hits[k]++;\n  return hits[k];\n}\n',
    { cwe: 'CWE-129', name: 'an index read with scanf' },
  ],
  [
    'c-index-not-validated',
    'cpp',
    'class Board {\n public:\n  void mark(int cell) { cells_[cell] = 1; }\n private:\n  int cells_[9] = {};\n};\n',
    'class Board {\n public:\n  void mark(int cell) {\n    if (cell < 0 || cell >= 9) return;\n    cells_[cell] = 1;\n  }\n private:\n  int cells_[9] = {};\n};\n',
    { name: "a method's parameter into a member array the class declares" },
  ],
  [
    'c-index-not-validated',
    'c',
    'static const char *names[4];\nconst char *name_of(int id) {\n  if (id >= 4) return 0;\n  return names[id];\n}\n',
    'static const char *names[4];\nconst char *name_of(int id) {\n  if (id < 0 || id >= 4) return 0;\n  return names[id];\n}\n',
    { name: 'a signed index tested against the upper end only' },
  ],
  [
    'c-index-not-validated',
    'cpp',
    'int main() {\n  std::vector<int> votes(10);\n  int c;\n  while (std::cin >> c) votes[c]++;\n}\n',
    'int main() {\n  std::vector<int> votes(10);\n  int c;\n  while (std::cin >> c)\n    if (c >= 0 && c < 10) votes[c]++;\n}\n',
    { name: 'a vector indexed by a number read from std::cin' },
  ],
];

describeRuleCases('CWE-129 improper validation of an array index', CASES);

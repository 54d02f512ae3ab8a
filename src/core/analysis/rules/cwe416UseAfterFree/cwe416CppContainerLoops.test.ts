// CWE-416 containers changed while iterators point into them: flagged and safe snippets (our own).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'cpp-container-changed-in-loop',
    'cpp',
    'void twice(std::vector<int> &v) {\n  for (int x : v) v.push_back(x);\n}\n',
    'void twice(std::vector<int> &v) {\n  const size_t n = v.size();\n  for (size_t i = 0; i < n; ++i) v.push_back(v[i]);\n}\n',
    { cwe: 'CWE-416', name: 'a range-for that grows its own vector' },
  ],
  [
    'cpp-container-changed-in-loop',
    'cpp',
    'void tag(std::vector<std::string> &v) {\n  for (auto it = v.begin(); it != v.end(); ++it)\n    if (it->empty()) v.insert(v.begin(), "x");\n}\n',
    'void tag(std::list<std::string> &v) {\n  for (auto it = v.begin(); it != v.end(); ++it)\n    if (it->empty()) v.insert(v.begin(), "x");\n}\n',
    { name: 'insertion keeps a std::list iterator valid' },
  ],
  [
    'cpp-container-changed-in-loop',
    'cpp',
    'void dropFirstZero(std::vector<int> &v) {\n  for (int x : v) {\n    if (x == 0) v.erase(v.begin());\n  }\n}\n',
    'void dropFirstZero(std::vector<int> &v) {\n  for (int x : v) {\n    if (x == 0) {\n      v.erase(v.begin());\n      break;\n    }\n  }\n}\n',
    { name: 'an erase followed by break leaves the loop before the stale iterator is used' },
  ],
  [
    'cpp-iterator-used-after-erase',
    'cpp',
    'int take(std::map<int, int> &m, int k) {\n  auto it = m.find(k);\n  if (it == m.end()) return 0;\n  m.erase(it);\n  return it->second;\n}\n',
    'int take(std::map<int, int> &m, int k) {\n  auto it = m.find(k);\n  if (it == m.end()) return 0;\n  int v = it->second;\n  m.erase(it);\n  return v;\n}\n',
    { cwe: 'CWE-416', name: 'a map entry read through its erased iterator' },
  ],
  [
    'cpp-reference-invalidated',
    'cpp',
    'int first(std::vector<int> &v) {\n  int *p = &v[0];\n  v.push_back(1);\n  return *p;\n}\n',
    'int first(std::vector<int> &v) {\n  v.push_back(1);\n  int *p = &v[0];\n  return *p;\n}\n',
    { name: "an element's address kept across push_back" },
  ],
];

describeRuleCases('CWE-416 containers changed while iterators point into them', CASES);

// CWE-787 through C++ algorithm copies: each case is an unchecked count into a fixed array beside its careful twin
// (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const R = 'cpp-unchecked-algorithm-copy';

const CASES: RuleCase[] = [
  [
    'cpp-container-loop-into-array',
    'cpp',
    'struct Window { int slots[16]; };\nvoid load(Window &w, const std::vector<int> &in) {\n  for (std::size_t i = 0; i < in.size(); ++i) w.slots[i] = in[i];\n}\n',
    'struct Window { int slots[16]; };\nvoid load(Window &w, const std::vector<int> &in) {\n  if (in.size() > 16) return;\n  for (std::size_t i = 0; i < in.size(); ++i) w.slots[i] = in[i];\n}\n',
    { name: "a loop over a caller's vector into a fixed member array, without and with a size test" },
  ],
  [
    'cpp-container-loop-into-array',
    'cpp',
    'int sum(const std::vector<int> &in) {\n  int tmp[8];\n  int s = 0;\n  for (std::size_t i = 0; i < in.size(); ++i) { tmp[i] = in[i] * 2; s += tmp[i]; }\n  return s;\n}\n',
    'int sum(const std::vector<int> &in) {\n  std::vector<int> tmp(in.size());\n  int s = 0;\n  for (std::size_t i = 0; i < in.size(); ++i) { tmp[i] = in[i] * 2; s += tmp[i]; }\n  return s;\n}\n',
    { name: 'a local fixed array, and a vector sized from the input' },
  ],
  [
    R,
    'cpp',
    '#include <algorithm>\n#include <array>\nclass Frame {\n  std::array<short, 480> data_{};\npublic:\n  void load(const short *s, std::size_t count) {\n    std::copy(s, s + count, data_.begin());\n  }\n};\n',
    '#include <algorithm>\n#include <array>\nclass Frame {\n  std::array<short, 480> data_{};\npublic:\n  void load(const short *s, std::size_t count) {\n    if (count > data_.size()) return;\n    std::copy(s, s + count, data_.begin());\n  }\n};\n',
    {
      requireCleanParse: true,
      cwe: 'CWE-787',
      name: "a caller's count into a std::array member vs a size check first",
    },
  ],
  [
    R,
    'cpp',
    '#include <algorithm>\nvoid keep(const char *name, std::size_t n) {\n  char buf[32];\n  std::copy_n(name, n, buf);\n  use(buf);\n}\n',
    '#include <algorithm>\nvoid keep(const char *name, std::size_t n) {\n  char buf[32];\n  n = std::min(n, sizeof buf);\n  std::copy_n(name, n, buf);\n  use(buf);\n}\n',
    { requireCleanParse: true, name: 'copy_n into a local array vs a clamped count' },
  ],
  [
    R,
    'cpp',
    '#include <algorithm>\n#include <array>\nstd::array<int, 8> pick(const std::vector<int> &v, std::size_t n) {\n  std::array<int, 8> out{};\n  std::copy(v.begin(), v.begin() + n, out.begin());\n  return out;\n}\n',
    '#include <algorithm>\n#include <vector>\nstd::vector<int> pick(const std::vector<int> &v, std::size_t n) {\n  std::vector<int> out(n);\n  std::copy(v.begin(), v.begin() + n, out.begin());\n  return out;\n}\n',
    { name: 'a fixed std::array vs a vector sized with the count' },
  ],
];

describeRuleCases('CWE-787 C++ algorithm copies', CASES);

// CWE-190 sizing products in C++ (cwe190CppArrayProduct.ts): each rule flags its vulnerable snippet and stays silent
// on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'cpp-array-size-product-overflow',
    'cpp',
    'float *grid(std::size_t w, std::size_t h) { std::size_t n = w * h; return new float[n]; }',
    'float *grid(std::size_t w, std::size_t h) { if (w && h > SIZE_MAX / w) return nullptr; std::size_t n = w * h; return new float[n]; }',
    { cwe: 'CWE-190' },
  ],
  [
    'cpp-array-size-product-overflow',
    'cpp',
    'void fit(std::vector<int> &v, std::size_t rows, std::size_t cols) { v.resize(rows * cols); }',
    'void fit(std::vector<int> &v, std::size_t rows, std::size_t cols) { if (rows > 4096 || cols > 4096) return; v.resize(rows * cols); }',
    { cwe: 'CWE-190' },
  ],
  [
    'cpp-array-size-product-overflow',
    'cpp',
    'std::string *copies(std::size_t a, std::size_t b) { return new std::string[a * b]; }',
    'std::string *copies(const std::string &s, std::size_t b) { return new std::string[s.size() * std::min<std::size_t>(b, 64)]; }',
    { cwe: 'CWE-190' },
  ],
];

describeRuleCases('CWE-190 sizing products (C++)', CASES);

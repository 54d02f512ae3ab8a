// CWE-789 memory allocated with an excessive size: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'cpp-peer-sized-container',
    'cpp',
    'std::vector<long> load(std::istream &in) {\n  unsigned n = 0;\n  in.read(reinterpret_cast<char *>(&n), sizeof(n));\n  std::vector<long> v(n);\n  return v;\n}\n',
    'std::vector<long> load(std::istream &in) {\n  unsigned n = 0;\n  in.read(reinterpret_cast<char *>(&n), sizeof(n));\n  if (n > 4096) return {};\n  std::vector<long> v(n);\n  return v;\n}\n',
    { name: 'a vector constructed with a count read from a stream' },
  ],
  [
    'cpp-peer-sized-container',
    'cpp',
    'void grow(std::vector<int> &v) {\n  int n;\n  std::cin >> n;\n  v.resize(n);\n}\n',
    'void grow(std::vector<int> &v, const std::string &s) {\n  std::size_t n = s.size();\n  v.resize(n);\n}\n',
    { name: 'resize by a count read from std::cin, not by a measured size' },
  ],
  [
    'c-peer-sized-allocation',
    'c',
    'int main(int argc, char **argv) {\n  size_t n = atoi(argv[1]);\n  char *b = malloc(n);\n  return b == NULL;\n}\n',
    'int main(int argc, char **argv) {\n  size_t n = strlen(argv[1]) / 2 + 1;\n  char *b = malloc(n);\n  return b == NULL;\n}\n',
    { name: 'a number read from argv vs the measured length of argv', requireCleanParse: true },
  ],
  [
    'c-peer-sized-allocation',
    'c',
    'char *rows(int fd) {\n  uint32_t n;\n  size_t total;\n  read(fd, &n, sizeof n);\n  n = ntohl(n);\n  total = n * 16;\n  return malloc(total);\n}\n',
    'char *rows(int fd) {\n  uint32_t n;\n  size_t total;\n  read(fd, &n, sizeof n);\n  n = ntohl(n);\n  if (n > MAX_ROWS) return NULL;\n  total = n * 16;\n  return malloc(total);\n}\n',
    { name: 'a size computed from a wire count, with and without a limit on the count' },
  ],
  [
    'c-peer-sized-allocation',
    'c',
    'char *frame(int fd) {\n  uint32_t len;\n  read(fd, &len, sizeof len);\n  len = ntohl(len);\n  return malloc(len);\n}\n',
    'char *frame(int fd) {\n  uint32_t len;\n  read(fd, &len, sizeof len);\n  len = ntohl(len);\n  if (len > MAX_FRAME) return NULL;\n  return malloc(len);\n}\n',
    { name: 'a length off the wire, with and without an upper limit' },
  ],
  [
    'c-alloca-unbounded',
    'c',
    '#include <alloca.h>\n#include <string.h>\nvoid echo(const char *s, size_t n) {\n  char *tmp = alloca(n + 1);\n  memcpy(tmp, s, n);\n}\n',
    '#include <alloca.h>\n#include <string.h>\nvoid echo(const char *s, size_t n) {\n  if (n > 256)\n    return;\n  char *tmp = alloca(n + 1);\n  memcpy(tmp, s, n);\n}\n',
    { name: 'a caller-given alloca size, with and without a limit', requireCleanParse: true },
  ],
  [
    'c-alloca-unbounded',
    'c',
    '#include <alloca.h>\n#include <stdlib.h>\nint main(int argc, char **argv) {\n  char *b = alloca(atoi(argv[1]));\n  return b[0];\n}\n',
    '#include <alloca.h>\n#include <string.h>\nint main(int argc, char **argv) {\n  char *b = alloca(strlen(argv[1]) + 1);\n  return b[0];\n}\n',
    { name: 'a number from argv vs the measured length of argv', requireCleanParse: true },
  ],
  [
    'c-peer-sized-allocation',
    'cpp',
    '#include <iostream>\nvoid f() {\n  size_t n = 0;\n  std::cin >> n;\n  char *p = new char[n];\n  delete[] p;\n}\n',
    '#include <iostream>\nvoid f() {\n  size_t n = 0;\n  std::cin >> n;\n  if (n == 0 || n > 4096) return;\n  char *p = new char[n];\n  delete[] p;\n}\n',
    { requireCleanParse: true, name: 'new[] sized from std::cin' },
  ],
  [
    'c-peer-sized-allocation',
    'c',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nstatic size_t read_size(void) {\n  size_t n = 0;\n  fscanf(stdin, "%zu", &n);\n  return n;\n}\nvoid f(void) {\n  size_t n = read_size();\n  char *p = malloc(n * sizeof(char));\n  free(p);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nstatic size_t read_size(void) {\n  size_t n = 0;\n  fscanf(stdin, "%zu", &n);\n  return n;\n}\nvoid f(void) {\n  size_t n = read_size();\n  if (n > 4096) return;\n  char *p = malloc(n * sizeof(char));\n  free(p);\n}\n',
    { requireCleanParse: true, name: 'count returned by a source helper' },
  ],
];

describeRuleCases('CWE-789 memory allocated with an excessive size', CASES);

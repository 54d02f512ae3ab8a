// CWE-681 incorrect numeric conversion: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-narrowed-size-argument',
    'c',
    '#include <stdlib.h>\n#include <string.h>\nchar *copy(const char *s) {\n  int n = strlen(s);\n  return memcpy(malloc(n + 1), s, n + 1);\n}\n',
    '#include <stdlib.h>\n#include <string.h>\nchar *copy(const char *s) {\n  size_t n = strlen(s);\n  return memcpy(malloc(n + 1), s, n + 1);\n}\n',
    { requireCleanParse: true, cwe: 'CWE-681', name: 'strlen stored in int' },
  ],
  [
    'c-narrowed-size-argument',
    'c',
    '#include <stdlib.h>\nvoid *grow(size_t want) {\n  unsigned short n;\n  n = want;\n  return malloc(n);\n}\n',
    '#include <stdlib.h>\nvoid *grow(unsigned short want) {\n  unsigned short n;\n  n = want;\n  return malloc(n);\n}\n',
    { requireCleanParse: true, name: 'size_t parameter assigned to unsigned short' },
  ],
  [
    'c-narrowed-size-argument',
    'cpp',
    '#include <cstring>\n#include <string>\nvoid put(char *out, const std::string &s) {\n  int n = s.size();\n  std::memcpy(out, s.data(), n);\n}\n',
    '#include <cstring>\n#include <string>\nvoid put(char *out, const std::string &s) {\n  std::size_t n = s.size();\n  std::memcpy(out, s.data(), n);\n}\n',
    { requireCleanParse: true, name: 'std::string::size stored in int' },
  ],
  [
    'rust-lossy-input-cast',
    'rust',
    'async fn alloc(Query(q): Query<Sizes>) -> usize {\n    let n: i64 = q.count.parse().unwrap_or(0);\n    let buf = vec![0u8; n as usize];\n    buf.len()\n}\n',
    'async fn alloc(Query(q): Query<Sizes>) -> usize {\n    let n: i64 = q.count.parse().unwrap_or(0);\n    let size = usize::try_from(n).unwrap_or(0);\n    let buf = vec![0u8; size];\n    buf.len()\n}\n',
    { name: 'a signed count cast to usize inside vec!; try_from', requireCleanParse: true },
  ],
  [
    'rust-lossy-input-cast',
    'rust',
    'fn main() {\n    let port = std::env::args().nth(1).unwrap().parse::<u32>().unwrap() as u16;\n    serve(port);\n}\n',
    'fn main() {\n    let port = std::env::args().nth(1).unwrap().parse::<u16>().unwrap() as u32;\n    serve(port);\n}\n',
    { name: 'an argument narrowed to u16; widening is fine' },
  ],
  [
    'rust-lossy-input-cast',
    'rust',
    '#[derive(Deserialize)]\nstruct Page {\n    size: u64,\n}\n#[get("/items")]\nasync fn items(q: web::Query<Page>) -> HttpResponse {\n    let n = q.size as u16;\n    HttpResponse::Ok().json(load(n))\n}\n',
    '#[derive(Deserialize)]\nstruct Page {\n    size: u8,\n}\n#[get("/items")]\nasync fn items(q: web::Query<Page>) -> HttpResponse {\n    let n = q.size as u16;\n    HttpResponse::Ok().json(load(n))\n}\n',
    { name: 'a query struct field declared u64 narrowed to u16; a u8 field widened', requireCleanParse: true },
  ],
  [
    'c-input-float-to-int',
    'c',
    '#include <stdio.h>\nvoid f(void) {\n  double d = 0;\n  scanf("%lf", &d);\n  int i = (int)d;\n  printf("%d", i);\n}\n',
    '#include <stdio.h>\n#include <limits.h>\nvoid f(void) {\n  double d = 0;\n  scanf("%lf", &d);\n  if (d > INT_MAX || d < INT_MIN) return;\n  int i = (int)d;\n  printf("%d", i);\n}\n',
    { requireCleanParse: true, name: 'input double converted unchecked', cwe: 'CWE-681' },
  ],
];

describeRuleCases('CWE-681 incorrect numeric conversion', CASES);

// CWE-362/366 shared state changed by started threads without a lock: flagged and safe snippets (our own).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const threads = (body: string): string =>
  `int main() {\n  std::vector<std::thread> ts;\n  ${body}\n  for (auto &t : ts) t.join();\n}\n`;

const CASES: RuleCase[] = [
  [
    'cpp-unlocked-member-write',
    'cpp',
    `class Meter {\n public:\n  void add(int n) { total_ += n; }\n private:\n  long total_ = 0;\n};\n${threads('Meter m;\n  for (int i = 0; i < 3; ++i) ts.emplace_back([&m] { m.add(2); });')}`,
    `class Meter {\n public:\n  void add(int n) {\n    std::lock_guard<std::mutex> g(mu_);\n    total_ += n;\n  }\n private:\n  long total_ = 0;\n  std::mutex mu_;\n};\n${threads('Meter m;\n  for (int i = 0; i < 3; ++i) ts.emplace_back([&m] { m.add(2); });')}`,
    { cwe: 'CWE-362', name: 'a method called from thread lambdas adds to a member' },
  ],
  [
    'cpp-unlocked-member-write',
    'cpp',
    `class Meter {\n public:\n  void add(int n) { total_ += n; }\n private:\n  long total_ = 0;\n};\n${threads('Meter m;\n  for (int i = 0; i < 3; ++i) ts.emplace_back([&m] { m.add(2); });')}`,
    `class Meter {\n public:\n  void add(int n) { total_ += n; }\n private:\n  std::atomic<long> total_{0};\n};\n${threads('Meter m;\n  for (int i = 0; i < 3; ++i) ts.emplace_back([&m] { m.add(2); });')}`,
    { name: 'an atomic member synchronises itself' },
  ],
  [
    'cpp-thread-lambda-shared-write',
    'cpp',
    threads(
      'std::vector<int> out;\n  for (int i = 0; i < 4; ++i) ts.emplace_back([&out, i] { out.push_back(i * i); });',
    ),
    threads('std::vector<int> out(4);\n  for (int i = 0; i < 4; ++i) ts.emplace_back([&out, i] { out[i] = i * i; });'),
    { cwe: 'CWE-362', name: "a captured vector grown by every thread (the safe side writes each thread's own slot)" },
  ],
  [
    'cpp-thread-lambda-shared-write',
    'cpp',
    threads('long sum = 0;\n  for (int i = 0; i < 2; ++i) ts.emplace_back([&sum, i] { sum += i; });'),
    'int main() {\n  long sum = 0;\n  std::thread t([&sum] { sum += 1; });\n  t.join();\n  return sum;\n}\n',
    { name: 'one thread writing a local the starter reads after join() is no race' },
  ],
  [
    'c-unlocked-global-write',
    'c',
    'static int done;\nstatic void *job(void *a) {\n  (void)a;\n  done++;\n  return 0;\n}\nint main(void) {\n  pthread_t t[2];\n  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, job, 0);\n  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);\n  return done;\n}\n',
    'static int done;\nstatic pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;\nstatic void *job(void *a) {\n  (void)a;\n  pthread_mutex_lock(&mu);\n  done++;\n  pthread_mutex_unlock(&mu);\n  return 0;\n}\nint main(void) {\n  pthread_t t[2];\n  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, job, 0);\n  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);\n  return done;\n}\n',
    { cwe: 'CWE-366', name: 'a pthread start routine increments a global' },
  ],
  [
    'c-unlocked-global-write',
    'c',
    'static int done;\nstatic void *job(void *a) {\n  (void)a;\n  done++;\n  return 0;\n}\nint main(void) {\n  pthread_t t;\n  pthread_create(&t, 0, job, 0);\n  pthread_join(t, 0);\n  return done;\n}\n',
    'static int done;\nstatic void *job(void *a) {\n  (void)a;\n  return 0;\n}\nint main(void) {\n  job(0);\n  done++;\n  return done;\n}\n',
    { name: 'a function no thread runs may write globals' },
  ],
];

describeRuleCases('CWE-362/366 shared state changed by started threads without a lock', CASES);

// CWE-367 time-of-check time-of-use races: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'check-then-open',
    'python',
    'import os\ndef w(p):\n    if os.path.exists(p):\n        return\n    with open(p, "w") as f:\n        f.write("x")\n',
    'import os\ndef w(p):\n    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)\n    os.close(fd)\n',
  ],
  [
    'check-then-open-stream',
    'cpp',
    'bool f(const fs::path &p) { if (fs::exists(p)) return false; std::ofstream out(p, std::ios::binary); return true; }\n',
    'bool f(const fs::path &p) { std::ofstream out(p, std::ios::binary | std::ios::noreplace); return true; }\n',
  ],
];

describeRuleCases('CWE-367 time-of-check time-of-use races', CASES);

// CWE-77 command injection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'c-command-stream-injection',
    'c',
    'int plot(const char *t) { FILE *gp = popen("gnuplot", "w"); fprintf(gp, "set title \\"%s\\"\\n", t); return pclose(gp); }\nint main(int argc, char **argv) { return plot(argv[1]); }\n',
    'int plot(const char *t) { if (strpbrk(t, "\\"\\n") != NULL) return -1; FILE *gp = popen("gnuplot", "w"); fprintf(gp, "set title \\"%s\\"\\n", t); return pclose(gp); }\nint main(int argc, char **argv) { return plot(argv[1]); }\n',
  ],
];

describeRuleCases('CWE-77 command injection', CASES);

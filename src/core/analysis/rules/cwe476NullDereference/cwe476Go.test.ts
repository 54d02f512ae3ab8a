// CWE-476 NULL pointer dereference (Go rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const fn = (body: string): string => `package main\n\nfunc count(words []string) map[string]int {\n${body}\n}\n`;

const CASES: RuleCase[] = [
  [
    'go-nil-map-write',
    'go',
    fn('\tvar seen map[string]int\n\tfor _, w := range words {\n\t\tseen[w]++\n\t}\n\treturn seen'),
    fn(
      '\tvar seen map[string]int\n\tseen = make(map[string]int)\n\tfor _, w := range words {\n\t\tseen[w] = seen[w] + 1\n\t}\n\treturn seen',
    ),
    { requireCleanParse: true },
  ],
  [
    'go-nil-map-write',
    'go',
    fn('\tvar index map[string]int\n\tif len(words) > 0 {\n\t\tindex[words[0]] = 0\n\t}\n\treturn index'),
    fn(
      '\tvar index map[string]int\n\tif err := json.Unmarshal(data, &index); err != nil {\n\t\treturn nil\n\t}\n\tindex["x"] = 1\n\treturn index',
    ),
    { name: 'a map filled by a decoder is not nil' },
  ],
  [
    'go-field-before-err-check',
    'go',
    'package main\n\nfunc status(url string) int {\n\tresp, err := http.Get(url)\n\tdefer resp.Body.Close()\n\tif err != nil {\n\t\treturn 0\n\t}\n\treturn resp.StatusCode\n}\n',
    'package main\n\nfunc status(url string) int {\n\tresp, err := http.Get(url)\n\tif err != nil {\n\t\treturn 0\n\t}\n\tdefer resp.Body.Close()\n\treturn resp.StatusCode\n}\n',
    { requireCleanParse: true },
  ],
  [
    'go-field-before-err-check',
    'go',
    'package main\n\nfunc size(p string) int64 {\n\tinfo, err := os.Stat(p)\n\tn := info.Size\n\t_ = err\n\treturn n()\n}\n',
    'package main\n\nfunc first(p string) error {\n\tf, err := os.Open(p)\n\tdefer f.Close()\n\treturn err\n}\n',
    { name: 'a method call may take a nil receiver' },
  ],
];

describeRuleCases('CWE-476 NULL pointer dereference (Go rules)', CASES);

// CWE-190 integer overflow (Go rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const fn = (body: string): string => `package main\n\nfunc size(s string) []byte {\n${body}\n}\n`;

const CASES: RuleCase[] = [
  [
    'go-parsed-int-narrowed',
    'go',
    fn('\tn, err := strconv.Atoi(s)\n\tif err != nil {\n\t\treturn nil\n\t}\n\treturn make([]byte, int32(n))'),
    fn(
      '\tn, err := strconv.Atoi(s)\n\tif err != nil || n < 0 || n > math.MaxInt32 {\n\t\treturn nil\n\t}\n\treturn make([]byte, int32(n))',
    ),
    { requireCleanParse: true },
  ],
  [
    'go-parsed-int-narrowed',
    'go',
    fn('\tv, _ := strconv.ParseInt(s, 10, 64)\n\treturn make([]byte, uint16(v))'),
    fn('\tv, _ := strconv.ParseInt(s, 10, 16)\n\treturn make([]byte, int16(v))'),
    { name: 'the parse bit size decides' },
  ],
  [
    'go-parsed-int-narrowed',
    'go',
    fn('\tn, _ := strconv.Atoi(s)\n\treturn make([]byte, uint(n))'),
    fn('\tn, _ := strconv.ParseUint(s, 10, 64)\n\treturn make([]byte, uint(n))'),
    { name: 'a signed parse made unsigned' },
  ],
];

describeRuleCases('CWE-190 integer overflow (Go rules)', CASES);

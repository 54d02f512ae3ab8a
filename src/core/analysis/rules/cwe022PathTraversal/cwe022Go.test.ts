// CWE-22 path traversal (Go rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../../adapters/node/nodeParser';
import { analyzeCode } from '../../analyzeCode';
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const unzip = (check: string): string =>
  'package m\nimport ("archive/zip"; "io"; "os"; "path/filepath"; "strings")\n' +
  'func Unzip(src, dest string) error {\n\tr, err := zip.OpenReader(src)\n\tif err != nil {\n\t\treturn err\n\t}\n' +
  '\tfor _, f := range r.File {\n\t\tp := filepath.Join(dest, f.Name)\n' +
  check +
  '\t\tout, _ := os.Create(p)\n\t\trc, _ := f.Open()\n\t\tio.Copy(out, rc)\n\t}\n\treturn nil\n}\n';

const CASES: RuleCase[] = [
  [
    'go-archive-member-path',
    'go',
    unzip(''),
    unzip('\t\tif !strings.HasPrefix(p, filepath.Clean(dest)+string(os.PathSeparator)) {\n\t\t\tcontinue\n\t\t}\n'),
  ],
  [
    'go-archive-member-path',
    'go',
    'package m\nimport ("archive/tar"; "io"; "os"; "path/filepath")\nfunc Untar(r io.Reader, dest string) {\n\ttr := tar.NewReader(r)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err != nil {\n\t\t\treturn\n\t\t}\n\t\tout, _ := os.Create(filepath.Join(dest, hdr.Name))\n\t\tio.Copy(out, tr)\n\t}\n}\n',
    'package m\nimport ("archive/tar"; "io"; "os"; "path/filepath")\nfunc Untar(r io.Reader, dest string) {\n\ttr := tar.NewReader(r)\n\tfor {\n\t\thdr, err := tr.Next()\n\t\tif err != nil || !filepath.IsLocal(hdr.Name) {\n\t\t\treturn\n\t\t}\n\t\tout, _ := os.Create(filepath.Join(dest, hdr.Name))\n\t\tio.Copy(out, tr)\n\t}\n}\n',
  ],
];

describeRuleCases('CWE-22 path traversal (Go rules)', CASES);

describe('go-archive-member-path tiers', () => {
  it('keeps the finding as a note when only a helper named as a check sees the member name', async () => {
    const named = '\t\tif !isSafePath(f.Name) {\n\t\t\tcontinue\n\t\t}\n';
    const record = await analyzeCode(unzip(named), 'go', nodeParser());
    const tiers = record.findings.filter((f) => f.rule === 'go-archive-member-path').map((f) => f.tier);
    expect(tiers).toEqual(['note']);
    const plain = await analyzeCode(unzip(''), 'go', nodeParser());
    expect(plain.findings.filter((f) => f.rule === 'go-archive-member-path').map((f) => f.tier)).toEqual(['finding']);
  });
});

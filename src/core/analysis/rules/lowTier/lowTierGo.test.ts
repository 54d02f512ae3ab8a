import { describe, expect, it } from 'vitest';
import { describeRuleCases } from '../../ruleCasesTestKit';
import { analyzeCode } from '../../analyzeCode';
import { nodeParser } from '../../../../adapters/node/nodeParser';

describeRuleCases('low tier, Go', [
  [
    'low-go-math-rand',
    'go',
    'package main\n\nimport "math/rand"\n\nfunc pick(n int) int {\n\treturn rand.Intn(n)\n}\n',
    'package main\n\nimport (\n\t"crypto/rand"\n\t"math/big"\n)\n\nfunc pick(n int64) *big.Int {\n\tv, _ := rand.Int(rand.Reader, big.NewInt(n))\n\treturn v\n}\n',
  ],
  [
    'low-go-weak-hash',
    'go',
    'package main\n\nfunc digest(body []byte) [20]byte {\n\treturn sha1.Sum(body)\n}\n',
    'package main\n\nfunc digest(body []byte) [32]byte {\n\treturn sha256.Sum256(body)\n}\n',
  ],
]);

describe('low tier, Go context', () => {
  it('reports math/rand for jitter as a note and an ETag digest as a note', async () => {
    const code =
      'package main\n\nimport "math/rand"\n\nfunc backoff(d int) int {\n\treturn d + rand.Intn(100)\n}\n\nfunc etag(body []byte) string {\n\treturn fmt.Sprintf("%x", md5.Sum(body))\n}\n';
    const record = await analyzeCode(code, 'go', nodeParser());
    expect(record.findings.map((f) => [f.rule, f.tier])).toEqual([
      ['low-go-math-rand', 'note'],
      ['low-go-weak-hash', 'note'],
    ]);
  });

  it('reports a digest reduced modulo a count (a bucket choice) as a note, a signature digest as a finding', async () => {
    const code = (use: string) =>
      `package main\n\nimport "crypto/md5"\n\nfunc f(cfg Config, v string) uint64 {\n\t${use}\n}\n`;
    const tiers = async (use: string) =>
      (await analyzeCode(code(use), 'go', nodeParser())).findings
        .filter((f) => f.rule === 'low-go-weak-hash')
        .map((f) => f.tier);
    expect(await tiers('return first8(md5.Sum([]byte(v))) % cfg.Modulus')).toEqual(['note']);
    expect(await tiers('return first8(md5.Sum([]byte(v)))')).toEqual(['finding']);
  });

  it('leaves a token drawn with math/rand to the stronger CWE-338 rule', async () => {
    const code =
      'package main\n\nimport "math/rand"\n\nfunc newToken() string {\n\tb := make([]byte, 16)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}\n';
    const record = await analyzeCode(code, 'go', nodeParser());
    expect(record.findings.filter((f) => f.tier !== 'note').map((f) => f.cwe)).toContain('CWE-338');
  });
});

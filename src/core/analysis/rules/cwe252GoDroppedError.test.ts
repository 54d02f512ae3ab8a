// CWE-252 in Go: dropped errors (our own snippets). Findings for verdict calls, notes for calls that fail on bad input.
import { describe, expect, it } from 'vitest';
import { analyzeCode } from '../analyzeCode';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const VERIFY_DROPPED =
  'package auth\n\nimport "crypto/rsa"\n\nfunc Accept(pub *rsa.PublicKey, digest, sig []byte) bool {\n\trsa.VerifyPKCS1v15(pub, 5, digest, sig)\n\treturn true\n}\n';
const PARSE_DROPPED =
  'package cfg\n\nimport "strconv"\n\nfunc Port(s string) int {\n\tp, _ := strconv.Atoi(s)\n\treturn p\n}\n';

const CASES: RuleCase[] = [
  [
    'go-dropped-error',
    'go',
    VERIFY_DROPPED,
    'package auth\n\nimport "crypto/rsa"\n\nfunc Accept(pub *rsa.PublicKey, digest, sig []byte) bool {\n\treturn rsa.VerifyPKCS1v15(pub, 5, digest, sig) == nil\n}\n',
    { name: 'a signature check whose error is the verdict' },
  ],
  [
    'go-dropped-error',
    'go',
    'package keys\n\nimport "crypto/rand"\n\nfunc NewKey() []byte {\n\tkey := make([]byte, 32)\n\t_, _ = rand.Read(key)\n\treturn key\n}\n',
    'package keys\n\nimport "crypto/rand"\n\nfunc NewKey() ([]byte, error) {\n\tkey := make([]byte, 32)\n\tif _, err := rand.Read(key); err != nil {\n\t\treturn nil, err\n\t}\n\treturn key, nil\n}\n',
    { name: 'key bytes from a failed read' },
  ],
  [
    'go-dropped-error',
    'go',
    'package listen\n\nimport "syscall"\n\nfunc inherit(fd int) {\n\tsyscall.SetNonblock(fd, true)\n}\n',
    'package listen\n\nimport "syscall"\n\nfunc inherit(fd int) {\n\tsyscall.CloseOnExec(fd)\n}\n',
    { name: 'a system call whose error is dropped; one that returns nothing' },
  ],
  [
    'go-dropped-error',
    'go',
    PARSE_DROPPED,
    'package cfg\n\nimport "strconv"\n\nfunc Port(s string) (int, error) {\n\tp, err := strconv.Atoi(s)\n\tif err != nil {\n\t\treturn 0, err\n\t}\n\treturn p, nil\n}\n',
    { name: 'a parse error dropped with _' },
  ],
  [
    'go-dropped-error',
    'go',
    'package cfg\n\nimport "os"\n\nfunc Load(a, b string) ([]byte, error) {\n\tdata, err := os.ReadFile(a)\n\tdata, err = os.ReadFile(b)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn data, nil\n}\n',
    'package cfg\n\nimport "os"\n\nfunc Load(a, b string) ([]byte, error) {\n\tdata, err := os.ReadFile(a)\n\tif err != nil {\n\t\tdata, err = os.ReadFile(b)\n\t}\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn data, nil\n}\n',
    { name: 'err overwritten before it is read' },
  ],
  [
    'go-dropped-error',
    'go',
    'package fs\n\nimport "syscall"\n\nfunc Lock() {\n\tsyscall.Flock(3, syscall.LOCK_EX)\n}\n',
    'package fs\n\nimport "syscall"\n\nfunc Private() func() {\n\told := syscall.Umask(0o077)\n\treturn func() { syscall.Umask(old) }\n}\n',
    { name: 'a syscall that returns an error, beside Umask, which returns the previous mask' },
  ],
  [
    'go-dropped-error',
    'go',
    'package dial\n\nimport (\n\t"crypto/tls"\n\t"net"\n)\n\nfunc Open(addr string, cfg *tls.Config) (net.Conn, error) {\n\tvar conn net.Conn\n\tvar err error\n\tconn, err = tls.Dial("tcp", addr, cfg)\n\tconn, err = net.Dial("tcp", addr)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn conn, nil\n}\n',
    'package dial\n\nimport (\n\t"crypto/tls"\n\t"net"\n)\n\nfunc Open(addr string, cfg *tls.Config) (net.Conn, error) {\n\tvar conn net.Conn\n\tvar err error\n\tif cfg != nil {\n\t\tconn, err = tls.Dial("tcp", addr, cfg)\n\t} else {\n\t\tconn, err = net.Dial("tcp", addr)\n\t}\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn conn, nil\n}\n',
    { name: "a TLS error overwritten by the next dial, or set in one arm and checked after the other's" },
  ],
  [
    'go-dropped-error',
    'go',
    'package attrs\n\nimport "os"\n\nfunc Apply(path string, mode os.FileMode) error {\n\terr := os.Chmod(path, mode)\n\terr = os.Chtimes(path, now, now)\n\treturn err\n}\n',
    'package attrs\n\nimport "os"\n\nfunc Apply(path string, mode os.FileMode, times bool) error {\n\terr := os.Chmod(path, mode)\n\tif times {\n\t\terr = os.Chtimes(path, now, now)\n\t}\n\treturn err\n}\n',
    { name: 'a permission error overwritten always, or only when a later branch runs' },
  ],
  [
    'go-dropped-error',
    'go',
    'package pad\n\nimport "crypto/rand"\n\nfunc Fill(b []byte) {\n\trand.Read(b)\n}\n',
    'package pad\n\nimport "math/rand"\n\nfunc Fill(b []byte) {\n\trand.Read(b)\n}\n',
    { name: "crypto/rand's Read with its error dropped, or math/rand's, whose error is always nil" },
  ],
  [
    'go-dropped-error',
    'go',
    'package perms\n\nfunc validatePermissions(p *Perms) error {\n\treturn p.check()\n}\n\nfunc Load(p *Perms) {\n\tvalidatePermissions(p)\n}\n',
    'package perms\n\nfunc validatePermissions(p *Perms) {\n\tp.clean()\n}\n\nfunc Load(p *Perms) {\n\tvalidatePermissions(p)\n}\n',
    { name: 'a local check returning an error, or one declared without results' },
  ],
];

describeRuleCases('CWE-252 dropped Go errors', CASES);

describe('go-dropped-error tiers', () => {
  const tierOf = async (code: string): Promise<string[]> =>
    (await analyzeCode(code, 'go', nodeParser())).findings
      .filter((f) => f.rule === 'go-dropped-error')
      .map((f) => f.tier ?? 'finding');

  it('reports a dropped verification error as a finding and a dropped parse error as a note', async () => {
    expect(await tierOf(VERIFY_DROPPED)).toEqual(['finding']);
    expect(await tierOf(PARSE_DROPPED)).toEqual(['note']);
  });
});

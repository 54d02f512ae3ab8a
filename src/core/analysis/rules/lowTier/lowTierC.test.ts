import { describe, expect, it } from 'vitest';
import { describeRuleCases } from '../../ruleCasesTestKit';
import { analyzeCode } from '../../analyzeCode';
import { nodeParser } from '../../../../adapters/node/nodeParser';

describeRuleCases('low tier, C and C++', [
  [
    'low-c-unbounded-copy',
    'c',
    '#include <string.h>\nvoid reset(char *dst) {\n  strcpy(dst, "guest");\n}\n',
    '#include <string.h>\nvoid reset(char *dst, size_t n) {\n  strncpy(dst, "guest", n);\n}\n',
    { name: 'a literal copy is shown as a note' },
  ],
  [
    'low-c-unbounded-format',
    'cpp',
    '#include <cstdio>\nvoid label(char *out, int n) {\n  std::sprintf(out, "item %d", n);\n}\n',
    '#include <cstdio>\nvoid label(char *out, size_t size, int n) {\n  std::snprintf(out, size, "item %d", n);\n}\n',
    { name: 'a numeric format is shown as a note' },
  ],
  [
    'low-c-rand',
    'c',
    '#include <stdlib.h>\nvoid fill(char *out, int n) {\n  const char chars[] = "abcdef0123";\n  for (int i = 0; i < n; i++) out[i] = chars[rand() % 10];\n}\n',
    '#include <sys/random.h>\nvoid fill(char *out, int n) {\n  getrandom(out, n, 0);\n}\n',
  ],
  [
    'low-c-weak-hash',
    'c',
    '#include <openssl/md5.h>\nvoid digest(const unsigned char *msg, size_t n, unsigned char *out) {\n  MD5(msg, n, out);\n}\n',
    '#include <openssl/sha.h>\nvoid digest(const unsigned char *msg, size_t n, unsigned char *out) {\n  SHA256(msg, n, out);\n}\n',
  ],
]);

async function lowTiers(code: string): Promise<[string, string | undefined][]> {
  const record = await analyzeCode(code, 'c', nodeParser());
  return record.findings.filter((f) => f.severity === 'low').map((f) => [f.rule, f.tier]);
}

describe('low tier, C context', () => {
  it('is a note wherever c-unbounded-copy finds the copy fits', async () => {
    expect(await lowTiers('#include <string.h>\nvoid f(char *d) {\n  strcpy(d, "fixed");\n}\n')).toEqual([
      ['low-c-unbounded-copy', 'note'],
    ]);
    expect(
      await lowTiers(
        '#include <string.h>\nvoid f(char *d, const char *s) {\n  if (strlen(s) >= 32) return;\n  strcpy(d, s);\n}\n',
      ),
    ).toEqual([['low-c-unbounded-copy', 'note']]);
    expect(await lowTiers('#include <stdio.h>\nvoid f(char *d, int n) {\n  sprintf(d, "%d", n);\n}\n')).toEqual([
      ['low-c-unbounded-format', 'note'],
    ]);
  });

  it('is a note for a weak digest used as an ETag, and gives way to c-weak-crypto on a password', async () => {
    expect(
      await lowTiers(
        'void etag_of(const char *body, unsigned char *out) {\n  MD5((const unsigned char *)body, strlen(body), out);\n}\n',
      ),
    ).toEqual([['low-c-weak-hash', 'note']]);
    const record = await analyzeCode(
      'void hash_password(const char *password, unsigned char *out) {\n  MD5((const unsigned char *)password, strlen(password), out);\n}\n',
      'c',
      nodeParser(),
    );
    expect(record.findings.map((f) => f.rule)).toContain('c-weak-crypto');
    expect(record.findings.map((f) => f.rule)).not.toContain('low-c-weak-hash');
  });

  it('is a note for rand in a simulation, a finding for rand drawing characters', async () => {
    expect(await lowTiers('#include <stdlib.h>\nint roll(void) {\n  return rand() % 6 + 1;\n}\n')).toEqual([
      ['low-c-rand', 'note'],
    ]);
    expect(
      await lowTiers('#include <stdlib.h>\nchar pick(const char *alphabet) {\n  return alphabet[rand() % 26];\n}\n'),
    ).toEqual([['low-c-rand', 'finding']]);
  });

  it('is a finding nowhere the CWE-120 rules report the call: they keep the finding', async () => {
    const record = await analyzeCode(
      '#include <string.h>\nint main(int argc, char **argv) {\n  char buf[8];\n  strcpy(buf, argv[1]);\n  return 0;\n}\n',
      'c',
      nodeParser(),
    );
    const line4 = record.findings.filter((f) => f.line === 4 && f.cwe === 'CWE-120');
    expect(line4.map((f) => f.severity)).not.toContain('low');
    expect(line4.length).toBeGreaterThan(0);
  });
});

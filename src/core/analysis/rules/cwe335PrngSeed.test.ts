// CWE-335 incorrect usage of seeds in a PRNG: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describe, expect, it } from 'vitest';
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';
import { ruleTiers } from '../ruleTestKit';
import { guessableSeed } from './cwe335PrngSeed';

const CASES: RuleCase[] = [
  [
    'guessable-prng-seed',
    'python',
    'import random, time\nrandom.seed(time.time())\ncode = random.randint(0, 999999)\n',
    'import secrets\ncode = secrets.randbelow(1000000)\n',
  ],
  [
    'guessable-prng-seed',
    'java',
    'import java.util.Random;\nclass T { int code() { return new Random(System.currentTimeMillis()).nextInt(1000000); } }\n',
    'import java.security.SecureRandom;\nclass T { int code() { return new SecureRandom().nextInt(1000000); } }\n',
  ],
  [
    'guessable-prng-seed',
    'go',
    'package a\n\nimport (\n\t"math/rand"\n\t"time"\n)\n\nfunc C() int {\n\trand.Seed(time.Now().UnixNano())\n\treturn rand.Intn(1000000)\n}\n',
    'package a\n\nimport (\n\t"crypto/rand"\n\t"math/big"\n)\n\nfunc C() (*big.Int, error) {\n\treturn rand.Int(rand.Reader, big.NewInt(1000000))\n}\n',
  ],
  [
    'guessable-prng-seed',
    'c',
    '#include <stdlib.h>\n#include <time.h>\nint code(void) { srand(time(NULL)); return rand() % 1000000; }\n',
    '#include <sys/random.h>\nint code(void) { unsigned v = 0; getrandom(&v, sizeof v, 0); return (int)(v % 1000000); }\n',
  ],
  [
    'guessable-prng-seed',
    'php',
    '<?php\nmt_srand(time());\n$code = mt_rand(0, 999999);\n',
    '<?php\n$code = random_int(0, 999999);\n',
  ],
  [
    'guessable-prng-seed',
    'csharp',
    'using System;\nclass T { int Code() => new Random(Environment.TickCount).Next(1000000); }\n',
    'using System.Security.Cryptography;\nclass T { int Code() => RandomNumberGenerator.GetInt32(1000000); }\n',
  ],
];

describeRuleCases('CWE-335 incorrect usage of seeds in a PRNG', CASES);

describe('guessableSeed', () => {
  it('treats clocks, process ids and numbers as guessable, other values as not', () => {
    for (const s of ['time.time()', 'System.currentTimeMillis()', 'time(NULL)', '42', 'getpid()', 'Date.now()'])
      expect(guessableSeed(s), s).toBe(true);
    for (const s of ['os.urandom(8)', 'seedBytes', 'entropy']) expect(guessableSeed(s), s).toBe(false);
  });
});

describe('a clock seed counts where the generator feeds a secret', () => {
  const S = 'guessable-prng-seed';
  const dice =
    '#include <stdlib.h>\n#include <time.h>\nint roll(void) {\n  return rand() % 6 + 1;\n}\nint main(void) {\n  srand(time(NULL));\n  return roll();\n}\n';
  const token =
    '#include <stdlib.h>\n#include <time.h>\nvoid make_token(char *out, int n) {\n  static const char cs[] = "abcdef0123456789";\n  for (int i = 0; i < n; i++)\n    out[i] = cs[rand() % 16];\n}\nint main(void) {\n  char tok[17] = {0};\n  srand(time(NULL));\n  make_token(tok, 16);\n  return 0;\n}\n';
  it('is a note for a game or simulation seeded with the clock', async () => {
    expect(await ruleTiers(S, 'c', dice)).toEqual(['note']);
    expect(
      await ruleTiers(
        S,
        'python',
        'import random, time\nrandom.seed(time.time())\nsteps = [random.choice("NSEW") for _ in range(9)]\n',
      ),
    ).toEqual(['note']);
  });
  it('is a finding when a draw lands in a token, key or password', async () => {
    expect(await ruleTiers(S, 'c', token)).toEqual(['finding']);
  });
});

describe('guessable-prng-seed tiers', () => {
  it('a clock-seeded session id is a finding', async () => {
    expect(
      await ruleTiers(
        'guessable-prng-seed',
        'go',
        'package a\n\nimport (\n\t"math/rand"\n\t"time"\n)\n\nfunc NewSessionID() int64 {\n\tr := rand.New(rand.NewSource(time.Now().UnixNano()))\n\treturn r.Int63()\n}\n',
      ),
    ).toEqual(['finding']);
  });
  it('seeding at start-up and for a backoff jitter are notes', async () => {
    expect(
      await ruleTiers(
        'guessable-prng-seed',
        'go',
        'package a\n\nimport (\n\t"math/rand"\n\t"time"\n)\n\nfunc main() {\n\trand.Seed(time.Now().Unix())\n\tserve()\n}\n\nfunc backoff(attempt int) time.Duration {\n\tr := rand.New(rand.NewSource(time.Now().UnixNano()))\n\tjitter := time.Duration(r.Int63n(int64(time.Second)))\n\treturn time.Duration(attempt)*time.Second + jitter\n}\n',
      ),
    ).toEqual(['note', 'note']);
  });
});

// C/C++ pairs in the style of public weakness test suites (fixtures/testSuitePairs, our own code): a value set in one
// place and used in another (helpers, globals, struct fields, function pointers, loops, switch, constant branches),
// fixed by a bound, a NULL check, the right release or size. Only `develop/` is tested pair by pair; `check/` was
// split off before any rule change and is measured in aggregate only
// (`npx tsx scripts/evalCFixPairs.ts --aggregate-only --dir fixtures/testSuitePairs/check`).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixPairOf } from './fixtures/cFixPairs/fixPairSides';
import { fixPairCases } from './fixPairCasesTestKit';

/** Vulnerable sides no rule flags with their CWE yet, and why. */
const NOT_YET_SEEN: Record<string, string> = {
  'cwe131_strlen_alloc.c': 'alloc-without-terminator reports the missing terminator byte as CWE-122, not 131',
  'cwe242_gets_line.c': 'c-gets reports gets as CWE-120 (a CWE-242 twin on the same call was decided against)',
  'cwe369_float_random.c': 'floating-point divisors are left out on purpose: the division does not trap',
  'cwe676_strcpy_input.c': 'c-unbounded-copy reports the copy as CWE-120; the 676 rule is a note',
  'cwe690_malloc_unchecked.c': 'unchecked allocations of a constant size are not reported (too common in careful code)',
};

/** Fixed sides a rule still misreads. */
const FIXED_STILL_FLAGGED: Record<string, string> = {};

const DIR = join(__dirname, 'fixtures', 'testSuitePairs', 'develop');
const PAIRS = readdirSync(DIR)
  .filter((f) => /\.(c|cpp)$/.test(f))
  .sort()
  .map((f) => fixPairOf(f, readFileSync(join(DIR, f), 'utf8')));

describe('test-suite-style C/C++ pairs (develop split)', () => {
  it('has at least forty pairs, a quarter of them C++, each with two different sides', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(40);
    expect(PAIRS.filter((p) => p.language === 'cpp').length).toBeGreaterThanOrEqual(10);
    for (const p of PAIRS) expect(p.vulnerable).not.toEqual(p.fixed);
  });

  fixPairCases(PAIRS, { notYetSeen: NOT_YET_SEEN, fixedStillFlagged: FIXED_STILL_FLAGGED });
});

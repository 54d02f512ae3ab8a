// Rust and C# fix pairs (fixtures/rustFixPairs and csFixPairs, our own modules in the marker format of cFixPairs):
// the vulnerable side lacks one check or carries one wrong line, the fixed side repairs it. Every fixed side must get no
// finding-tier result (low hints allowed); every vulnerable side must be flagged with its CWE or a related one, except
// the pairs listed as not yet seen, which must stay unseen so the lists are kept honest (a newly caught pair fails
// here until it is taken off its list). `npx tsx scripts/evalRustCsFixPairs.ts` prints the same as figures.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markedPairOf, type FixPair } from './fixtures/cFixPairs/fixPairSides';
import { fixPairCases } from './fixPairCasesTestKit';

/** Vulnerable sides no rule flags yet, and what a rule would need to see. */
const NOT_YET_SEEN: Record<string, string> = {};

/** Fixed sides a rule still misreads, and how; each must stay flagged until its rule learns the shape. */
const FIXED_STILL_FLAGGED: Record<string, string> = {};

function load(dir: string, language: 'rust' | 'csharp'): FixPair<'rust' | 'csharp'>[] {
  return readdirSync(join(__dirname, 'fixtures', dir))
    .sort()
    .map((f) => markedPairOf(f, readFileSync(join(__dirname, 'fixtures', dir, f), 'utf8'), language));
}

const PAIRS = [...load('rustFixPairs', 'rust'), ...load('csFixPairs', 'csharp')];

describe('Rust and C# fix pairs', () => {
  it('has at least twenty pairs per language, each with two different sides', () => {
    expect(PAIRS.filter((p) => p.language === 'rust').length).toBeGreaterThanOrEqual(20);
    expect(PAIRS.filter((p) => p.language === 'csharp').length).toBeGreaterThanOrEqual(20);
    for (const p of PAIRS) expect(p.vulnerable, p.file).not.toEqual(p.fixed);
  });

  fixPairCases(PAIRS, { notYetSeen: NOT_YET_SEEN, fixedStillFlagged: FIXED_STILL_FLAGGED });
});

// C/C++ fix pairs (fixtures/cFixPairs, our own modules): the vulnerable side lacks one check, the fixed side adds it.
// Every fixed side must get no finding-tier result (low hints allowed, as in cRealisticClean); every vulnerable side
// must be flagged with its CWE or a related one, except the pairs listed as not yet seen, which must stay unseen so
// the list is kept honest (a newly caught pair fails here until it is taken off the list).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixPairOf, type FixPair } from './fixtures/cFixPairs/fixPairSides';
import { fixPairCases } from './fixPairCasesTestKit';

/** Vulnerable sides no rule flags yet, and why (what a rule would need to see). */
const NOT_YET_SEEN: Record<string, string> = {
  // Written after the rule changes of this round and left as measured (a fresh check, not tuned on):
  'rle_expand.c': 'a byte run from the input as a memset length into the caller buffer',
  'utf8_next.c': 'a length decoded from a lead byte, used as a loop bound for reads',
  'varint_read.c': 'an index advanced by a scan loop over a buffer with a length parameter',
  'tcp_option.c': 'a one-byte length minus a header size',
  'tlv_checksum.c': 'the read happens in a helper handed the unchecked length',
  'ring_write.c': 'a copy into the ring with no comparison of its size with the room',
  // Written last in the CWE-401 round (append_sum.c, also missed then, led to c-narrow-sum-allocation):
  'opt_parse_null.c': 'a strchr result used in pointer arithmetic and as a strtol argument, not dereferenced',
  'sum_fields.c': 'a count read from the record bounds a loop of reads with no comparison to the length',
};

/** Fixed sides a rule still misreads, and how; each must stay flagged until its rule learns the shape. */
const FIXED_STILL_FLAGGED: Record<string, string> = {
  'tcp_option.c': 'a length read as one byte, below the destination size',
};

function loadFixPairs(dir: string): FixPair[] {
  return readdirSync(dir)
    .filter((f) => /\.(c|cpp)$/.test(f))
    .sort()
    .map((f) => fixPairOf(f, readFileSync(join(dir, f), 'utf8')));
}

const PAIRS = loadFixPairs(join(__dirname, 'fixtures', 'cFixPairs'));

describe('C/C++ fix pairs', () => {
  it('has at least thirty pairs, each with two different sides', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(30);
    for (const p of PAIRS) expect(p.vulnerable).not.toEqual(p.fixed);
  });

  fixPairCases(PAIRS, { notYetSeen: NOT_YET_SEEN, fixedStillFlagged: FIXED_STILL_FLAGGED });
});

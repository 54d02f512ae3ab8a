// C++ fix pairs in benchmark style (fixtures/cppStylePairs, our own code): the weaknesses C rules know, reached
// through C++ idioms (std::string concatenation, c_str(), filesystem paths, member buffers, vector indexing,
// iterators kept across erase). Every fixed side must get no finding-tier result; every vulnerable side must be
// flagged with its CWE or a related one, except those listed as not yet seen (issue 12, C++ recall).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPairOf } from './fixtures/cFixPairs/fixPairSides';
import { fixPairCases } from './fixPairCasesTestKit';

/** Vulnerable sides no rule flags yet, and what a rule would need to see. */
const NOT_YET_SEEN: Record<string, string> = {
  'md5_file_digest.cpp': 'an MD5 file digest with no secret, signature or verification word around it stays a low note',
  'null_fopen_read.cpp': 'fopen of a path the caller names, read with fgets before a test: fopen stays a note',
  'oob_histogram_bucket.cpp': 'an index computed from an element of a parameter vector (range-for), not from input',
  'path_canonical_root.cpp': 'weakly_canonical is called but its result is never compared with the base',
  'stream_read_header.cpp': 'istream::read into a member buffer with a length read from the same stream',
};

/** Fixed sides a rule still misreads, and how. */
const FIXED_STILL_FLAGGED: Record<string, string> = {};

const DIR = join(__dirname, 'fixtures', 'cppStylePairs');
const PAIRS = readdirSync(DIR)
  .filter((f) => f.endsWith('.cpp'))
  .sort()
  .map((f) => fixPairOf(f, readFileSync(join(DIR, f), 'utf8')));

describe('C++ fix pairs in benchmark style', () => {
  it('has at least thirty-five pairs, each with two different sides', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(35);
    for (const p of PAIRS) expect(p.vulnerable).not.toEqual(p.fixed);
  });

  fixPairCases(PAIRS, { notYetSeen: NOT_YET_SEEN, fixedStillFlagged: FIXED_STILL_FLAGGED });
});

// C fix pairs in real-project style (fixtures/cRealPairs, our own code): values from struct fields, parameters and
// header bytes, errors through `goto` labels, project allocators, reference counts. As in cFixPairs.test.ts, every
// fixed side must get no finding-tier result and every vulnerable side must be flagged with its CWE or a related one,
// except the pairs listed below, which must stay as listed so the lists are kept honest.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixPairOf } from './fixtures/cFixPairs/fixPairSides';
import { fixPairCases } from './fixPairCasesTestKit';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';
import { countedFindings } from './countedFindings';

/** Vulnerable sides no rule flags yet, and what a rule would need to see. */
const NOT_YET_SEEN: Record<string, string> = {
  'bitmap_set_bit.c': 'a bit number parameter indexes a member array; only a note (no other test of nbits in the file)',
  'table_entry_index.c': 'a slot parameter indexes a member array; only a note (no other test of count in the file)',
  'job_queue_push.c': 'a ring slot computed modulo the capacity: the missing check is "full", not a bound of the index',
  'label_escape.c': 'an output counter advanced twice per input byte in a loop bounded by the input length',
  'pkt_payload_copy.c': 'the length is compared with the input size, never with the destination field',
  'skip_record.c': 'a length byte bounds a loop of reads with no comparison to the bytes left',
  'strdup_field_null.c': 'a strdup result handed to strlen, not dereferenced in view',
};

/** Fixed sides a rule still misreads, and how. */
const FIXED_STILL_FLAGGED: Record<string, string> = {};

const DIR = join(__dirname, 'fixtures', 'cRealPairs');
const PAIRS = readdirSync(DIR)
  .filter((f) => f.endsWith('.c'))
  .sort()
  .map((f) => fixPairOf(f, readFileSync(join(DIR, f), 'utf8')));

describe('C fix pairs in real-project style', () => {
  it('has at least thirty pairs, each with two different sides', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(30);
    for (const p of PAIRS) expect(p.vulnerable).not.toEqual(p.fixed);
  });

  fixPairCases(PAIRS, { notYetSeen: NOT_YET_SEEN, fixedStillFlagged: FIXED_STILL_FLAGGED });
});

const CLEAN_DIR = join(__dirname, 'fixtures', 'cRealClean');
const CLEAN = readdirSync(CLEAN_DIR).filter((f) => f.endsWith('.c'));

describe('clean C functions in real-project style', () => {
  it('has at least fifteen modules', () => {
    expect(CLEAN.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CLEAN)('%s has no finding-tier result', async (file) => {
    const code = readFileSync(join(CLEAN_DIR, file), 'utf8');
    const findings = countedFindings((await analyzeCode(code, 'c', nodeParser())).findings).filter(
      (f) => f.severity !== 'low',
    );
    expect(findings.map((f) => `${f.line}: ${f.rule}`)).toEqual([]);
  });
});

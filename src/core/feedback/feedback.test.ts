import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/Finding';
import type { FacetsRecord } from '../facets/FacetsRecord';
import type { RetrievalRecord } from '../retrieval/RetrievalRecord';
import type { RunTrace } from '../trace';
import { codePattern } from './codePattern';
import { feedbackWeight } from './feedbackWeight';
import { feedbackSnapshot } from './feedbackSnapshot';
import { suppressFinding, feedbackIdsIn } from './suppressFinding';
import { searchNotes } from './searchNotes';
import { attachFeedbackNotes } from './attachFeedbackNotes';
import { applyOutcome, contradicted, feedbackUsedIn } from './applyOutcome';
import { findingFeedback, revisionFeedback } from './newFeedbackEntry';

const trace = { runId: 'run-1', task: { id: 't', language: 'python' as const, kind: 'nl' as const, prompt: 'p' } };
const finding = (snippet: string, rule = 'py-md5'): Finding => ({
  rule,
  cwe: 'CWE-328',
  severity: 'warning',
  message: 'md5',
  line: 4,
  column: 5,
  endLine: 4,
  endColumn: 9,
  snippet,
});
const now = new Date('2026-01-01T00:00:00Z');
const facets = (text: string): FacetsRecord => ({
  language: 'python',
  text,
  apis: [],
  identifiers: [],
  operations: [],
  markers: [],
  apiSource: 'pattern',
  draft: { enabled: false },
  causeAnalysis: { enabled: false },
});

describe('codePattern', () => {
  it('ignores literals, numbers, comments and spacing but keeps the calls', () => {
    expect(codePattern('key = hashlib.md5( "abc" ).hexdigest()  # cache')).toBe(
      codePattern("key=hashlib.md5('other').hexdigest()"),
    );
    expect(codePattern('x = f(1)')).toBe(codePattern('x = f(22)'));
    expect(codePattern('hashlib.md5(a)')).not.toBe(codePattern('hashlib.sha1(a)'));
  });
});

describe('feedbackWeight', () => {
  it('starts at 1 and loses more for a bad outcome than it gains for a good one', () => {
    expect(feedbackWeight({ good: 0, bad: 0 })).toBe(1);
    expect(feedbackWeight({ good: 0, bad: 1 })).toBeCloseTo(1 / 3);
    expect(feedbackWeight({ good: 1, bad: 1 })).toBe(0.5);
  });
});

describe('suppression', () => {
  const fp = findingFeedback(
    'fb-1',
    trace,
    finding('h = hashlib.md5(b"x")'),
    'false-positive',
    'cache key, not a secret',
    now,
  );

  it('suppresses the same rule on the same pattern, naming the feedback, and nothing else', () => {
    const suppress = suppressFinding(feedbackSnapshot([fp]).suppressions, 'python');
    const reason = suppress(finding('h = hashlib.md5(b"other")'));
    expect(reason).toContain('fb-1');
    expect(reason).toContain('cache key');
    expect(feedbackIdsIn(reason ?? '')).toEqual(['fb-1']);
    expect(suppress(finding('h = hashlib.md5(password)'))).toBeNull();
    expect(suppress(finding('h = hashlib.md5(b"x")', 'py-other'))).toBeNull();
    expect(
      suppressFinding(feedbackSnapshot([fp]).suppressions, 'javascript')(finding('h = hashlib.md5(b"x")')),
    ).toBeNull();
  });

  it('stops suppressing once a bad outcome drops the weight below one half', () => {
    const [worse] = applyOutcome([fp], ['fb-1'], false);
    expect(worse?.outcomes).toEqual({ good: 0, bad: 1 });
    expect(feedbackSnapshot([worse!]).suppressions).toEqual([]);
  });

  it('counts a contradicting verdict on the same pattern against the older entry', () => {
    const confirm = findingFeedback('fb-2', trace, finding('h = hashlib.md5(b"x")'), 'confirm', '', now);
    expect(contradicted([fp], confirm).map((e) => e.outcomes.bad)).toEqual([1]);
    expect(contradicted([fp], { ...confirm, verdict: 'note' })).toEqual([]);
  });
});

describe('notes as a retrieval source', () => {
  const note = findingFeedback(
    'fb-n',
    trace,
    finding('x'),
    'note',
    'Our team hashes passwords with argon2, never md5',
    now,
  );
  const rev = revisionFeedback('fb-r', trace, ['CWE-78'], 'reject', 'The revision broke the ping output format', now);

  it('finds the notes that share words with the task, best first, weighted', () => {
    const snapshot = feedbackSnapshot([note, rev]);
    const hits = searchNotes(snapshot.notes, facets('Hash the user password before storing it'));
    expect(hits.map((h) => h.note.feedbackId)).toEqual(['fb-n']);
    expect(hits[0]?.matched).toContain('password');
    expect(searchNotes(snapshot.notes, facets('Sort a list of numbers'))).toEqual([]);
  });

  it('attaches hits under their CWE as team feedback, chosen when the CWE is', () => {
    const record: RetrievalRecord = {
      outcome: 'knowledge',
      settings: { k: 4, alpha: 60, rankCap: 10, thresholds: {} },
      chosen: ['CWE-328'],
      kbVersion: 'v',
      cwes: [
        {
          id: 'CWE-328',
          name: 'Weak hash',
          rank: 1,
          fused: 1,
          chosen: true,
          facets: [],
          why: '',
          source: 'builtin',
          guidelines: [],
          examples: [],
        },
      ],
    };
    const hits = searchNotes(feedbackSnapshot([note, rev]).notes, facets('hash password and ping'));
    const out = attachFeedbackNotes(record, hits);
    const g = out.cwes.find((c) => c.id === 'CWE-328')?.guidelines[0];
    expect(g).toMatchObject({ id: 'fb-n', source: 'feedback', chosen: true });
    expect(out.cwes.find((c) => c.id === 'CWE-78')).toMatchObject({ source: 'feedback', chosen: false });
    expect(record.cwes[0]?.guidelines).toEqual([]);
    const used = feedbackUsedIn({ stages: [{ stage: 'retrieval', status: 'ok', ms: 1, output: out }] } satisfies Pick<
      RunTrace,
      'stages'
    >);
    expect(used.sort()).toEqual(['fb-n', 'fb-r']);
  });
});

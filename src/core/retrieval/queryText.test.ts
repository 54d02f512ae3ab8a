import { describe, expect, it } from 'vitest';
import { queryTextOf } from './RetrievalContext';
import type { FacetsRecord } from '../facets/FacetsRecord';

const facets = (extra: Partial<FacetsRecord>): FacetsRecord => ({
  language: 'python',
  text: 'Generate invite codes for the beta.',
  apis: [],
  identifiers: [],
  operations: [{ id: 'randomness', label: 'Random values for security', via: ['invite'] }],
  markers: [],
  apiSource: 'pattern',
  draft: { enabled: false },
  causeAnalysis: { enabled: false },
  ...extra,
});

describe('queryTextOf', () => {
  it('searches with the task words and its API and identifier names', () => {
    const text = queryTextOf(facets({ apis: ['random.choice'], identifiers: ['code'] }));
    expect(text.split('\n')).toEqual(['Generate invite codes for the beta.', 'random.choice', 'code']);
  });

  it('leaves operation labels out of the query (they helped only the requests they were tuned on)', () => {
    expect(queryTextOf(facets({}))).not.toContain('Random values for security');
  });
});

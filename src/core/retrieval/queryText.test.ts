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
  it('adds the labels of the implied operations to a request in words', () => {
    expect(queryTextOf(facets({ fromRequest: true }))).toContain('Random values for security');
  });

  it('leaves a code prefix to its own words and names', () => {
    const text = queryTextOf(facets({ textFromCode: true, apis: ['random.choice'], identifiers: ['code'] }));
    expect(text).not.toContain('Random values for security');
    expect(text).toContain('random.choice');
  });
});

import { describe, expect, it } from 'vitest';
import { RULES } from '../analysis/ruleRegistry';
import { checkCweHierarchy } from './checkCweHierarchy';
import { createCweHierarchy } from './createCweHierarchy';
import { bundledCweHierarchyData, cweHierarchy, relatedCwes, relation, sameOrRelated } from './cweHierarchy';
import type { CweHierarchyData } from './cweHierarchySchema';

const tiny: CweHierarchyData = {
  view: 1000,
  note: 'test',
  cwes: [
    { id: 'CWE-119', name: 'Bounds', parents: [] },
    { id: 'CWE-120', name: 'Classic', parents: ['CWE-119'] },
    { id: 'CWE-787', name: 'Write', parents: ['CWE-119'] },
    { id: 'CWE-121', name: 'Stack', parents: ['CWE-787'] },
  ],
  siblings: [['CWE-120', 'CWE-787']],
};

describe('createCweHierarchy', () => {
  const h = createCweHierarchy(tiny);
  it('answers parents, children and declared siblings, in that order', () => {
    expect(h.relatives('CWE-787')).toEqual([
      { id: 'CWE-119', relation: 'parent' },
      { id: 'CWE-121', relation: 'child' },
      { id: 'CWE-120', relation: 'sibling' },
    ]);
    expect(h.relatedCwes('CWE-787')).toEqual(['CWE-119', 'CWE-121']);
  });
  it('says what b is to a, and null for the same or an unrelated CWE', () => {
    expect(h.relation('CWE-121', 'CWE-787')).toBe('parent');
    expect(h.relation('CWE-787', 'CWE-121')).toBe('child');
    expect(h.relation('CWE-120', 'CWE-787')).toBe('sibling');
    expect(h.relation('CWE-121', 'CWE-119')).toBeNull();
    expect(h.relation('CWE-120', 'CWE-120')).toBeNull();
    expect(h.relation('cwe-787', '121')).toBe('child');
  });
  it('knows nothing of an id it does not list', () => {
    expect(h.relatedCwes('CWE-9999')).toEqual([]);
    expect(h.name('CWE-9999')).toBeUndefined();
  });
});

describe('checkCweHierarchy', () => {
  it('accepts a sound hierarchy', () => expect(checkCweHierarchy(tiny)).toEqual([]));
  it('names unknown parents, duplicates, cycles and siblings without a shared parent', () => {
    const bad: CweHierarchyData = {
      ...tiny,
      cwes: [
        { id: 'CWE-1', name: 'a', parents: ['CWE-2'] },
        { id: 'CWE-2', name: 'b', parents: ['CWE-1'] },
        { id: 'CWE-3', name: 'c', parents: ['CWE-404'] },
        { id: 'CWE-3', name: 'c again', parents: [] },
      ],
      siblings: [['CWE-1', 'CWE-3']],
    };
    expect(checkCweHierarchy(bad)).toEqual([
      'cwes[3]: duplicate id "CWE-3"',
      'cwes[2].parents[0]: unknown id "CWE-404"',
      'cycle: CWE-1 -> CWE-2 -> CWE-1',
      'siblings[0]: CWE-1, CWE-3 share no direct parent',
    ]);
  });
});

describe('the bundled hierarchy (kb/cwe-hierarchy.json)', () => {
  it('is sound', () => expect(checkCweHierarchy(bundledCweHierarchyData)).toEqual([]));
  it('lists every CWE an analyser rule reports', () => {
    const missing = [...new Set(RULES.map((r) => r.cwe))].filter((id) => !cweHierarchy.name(id));
    expect(missing).toEqual([]);
  });
  it('relates the convention pairs benchmarks mix up', () => {
    expect(relation('CWE-78', 'CWE-77')).toBe('parent');
    expect(relation('CWE-94', 'CWE-95')).toBe('child');
    expect(relation('CWE-328', 'CWE-327')).toBe('parent');
    expect(relation('CWE-120', 'CWE-119')).toBe('parent');
    expect(relation('CWE-787', 'CWE-120')).toBe('sibling');
    expect(relation('CWE-23', 'CWE-36')).toBe('sibling');
    expect(relatedCwes('CWE-22')).toEqual(expect.arrayContaining(['CWE-23', 'CWE-36']));
    expect(sameOrRelated('CWE-89', 'CWE-79')).toBe(false);
    expect(sameOrRelated('cwe-95', 'CWE-94')).toBe(true);
  });
});

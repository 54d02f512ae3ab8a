import { describe, expect, it } from 'vitest';
import { cutRegion, LONG_PREFIX_LINES, NEAR_CUT_LINES } from './cutRegion';

/** `n` lines of unrelated code at the given indentation. */
const filler = (n: number, indent = ''): string[] =>
  Array.from({ length: n }, (_, i) => `${indent}update_counter(stats, ${i});`);

describe('cutRegion', () => {
  it('reads a short prefix whole', () => {
    const prefix = ['#include <string.h>', 'void f(char *d, const char *s) {', ...filler(10, '  '), '  '].join('\n');
    expect(cutRegion(prefix)).toBe(prefix);
    expect(prefix.split('\n').length).toBeLessThanOrEqual(LONG_PREFIX_LINES);
  });

  it('keeps the includes, the enclosing signature and the last lines of a long C prefix', () => {
    const prefix = [
      '/* Licensed under the Example License; see the copyright notice. */',
      '#include <string.h>',
      '#include "project.h"',
      'static void unrelated_tls_setup(struct tls_ctx *ctx)',
      '{',
      ...filler(20, '\t'),
      '}',
      '',
      'static int',
      'copy_name(struct entry *e, const char *name, size_t len)',
      '{',
      ...filler(NEAR_CUT_LINES - 4, '\t'),
      '#ifdef HAVE_NAMES',
      'retry:',
      '\tif (len > 0) {',
      '\t\t',
    ].join('\n');
    const region = cutRegion(prefix).split('\n');
    expect(region.slice(0, 5)).toEqual([
      '#include <string.h>',
      '#include "project.h"',
      'static int',
      'copy_name(struct entry *e, const char *name, size_t len)',
      '{',
    ]);
    expect(region).toHaveLength(5 + NEAR_CUT_LINES);
    expect(region.join('\n')).not.toMatch(/License|unrelated_tls_setup/);
  });

  it('keeps the block openers around the cut, not statements at their indentation', () => {
    const prefix = [
      'import random',
      'class Scheduler:',
      '    def pick(self, jobs):',
      '        weights = self.load()',
      '        for job in jobs:',
      ...filler(30, '            '),
      '            ',
    ].join('\n');
    const region = cutRegion(prefix).split('\n');
    expect(region.slice(0, 4)).toEqual([
      'import random',
      'class Scheduler:',
      '    def pick(self, jobs):',
      '        for job in jobs:',
    ]);
    expect(region).not.toContain('        weights = self.load()');
  });

  it('keeps the members of a Go import block', () => {
    const prefix = ['package main', 'import (', '\t"fmt"', '\t"math/rand"', ')', ...filler(40)].join('\n');
    expect(cutRegion(prefix).split('\n').slice(0, 4)).toEqual(['import (', '\t"fmt"', '\t"math/rand"', ')']);
  });
});

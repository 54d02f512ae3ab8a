// Network globals are replaced on the scope and on its prototypes, and cannot be put back.
import { describe, expect, it } from 'vitest';
import { blockNetwork, NETWORK_GLOBALS } from './blockNetwork';

describe('blockNetwork', () => {
  it('replaces every network global with a function that throws', () => {
    const scope: Record<string, unknown> = { fetch: () => 'reached', XMLHttpRequest: class {} };
    expect(blockNetwork(scope)).toEqual([...NETWORK_GLOBALS]);
    const fetch = scope.fetch;
    expect(typeof fetch).toBe('function');
    expect(() => (fetch as () => unknown)()).toThrow('no network access');
  });

  it('does not let the code restore the original', () => {
    const scope: Record<string, unknown> = { fetch: () => 'reached' };
    blockNetwork(scope);
    expect(() => {
      'use strict';
      scope.fetch = () => 'restored';
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(scope, 'fetch', { value: () => 'restored' })).toThrow(TypeError);
    expect(() => delete scope.fetch).toThrow(TypeError);
  });

  it('also covers an original kept on the prototype chain', () => {
    const proto = { fetch: () => 'reached' };
    const scope = Object.create(proto) as object;
    blockNetwork(scope);
    expect(() => proto.fetch()).toThrow('no network access');
  });
});

import { describe, expect, it } from 'vitest';
import { storageFit } from './storageFit';

const storage = (usageMB: number | null, quotaMB: number | null) => ({ usageMB, quotaMB, persisted: false });

describe('storageFit', () => {
  it('fits when the quota left holds the download and some headroom', () => {
    expect(storageFit(866, storage(100, 10_000), false)).toEqual({ status: 'fits', needMB: 866, freeMB: 9900 });
  });

  it('says plainly when it cannot fit, naming both sizes and private windows', () => {
    const fit = storageFit(866, storage(50, 350), false);
    expect(fit).toMatchObject({ status: 'too-big', needMB: 866, freeMB: 300 });
    if (fit.status !== 'too-big') throw new Error('expected too-big');
    expect(fit.message).toContain('866 MB');
    expect(fit.message).toContain('300 MB');
    expect(fit.hint).toMatch(/incognito/);
  });

  it('a download just under the free space is still refused: headers and the library need room too', () => {
    expect(storageFit(900, storage(0, 920), false).status).toBe('too-big');
    expect(storageFit(800, storage(0, 920), false).status).toBe('fits');
  });

  it('claims nothing without an estimate or a size, and nothing is needed for a cached model', () => {
    expect(storageFit(866, null, false)).toEqual({ status: 'unknown' });
    expect(storageFit(866, storage(null, 10_000), false)).toEqual({ status: 'unknown' });
    expect(storageFit(null, storage(0, 10), false)).toEqual({ status: 'unknown' });
    expect(storageFit(866, storage(0, 10), true)).toEqual({ status: 'cached' });
  });
});

// The CLI reuses the built knowledge base while its manifest's hashes match kb/ and the builder, and says
// on stderr why it builds in memory otherwise.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openKnowledgeBase } from './openKnowledgeBase';
import { builtKbFreshness, kbBuilderHash, kbSourcesHash } from '../../adapters/node/builtKbFreshness';
import { fixtureArtefactJson } from '../../adapters/node/fixtureNodePorts';
import { KB_FORMAT_VERSION } from '../../core/kb/kbFormat';

const root = mkdtempSync(join(tmpdir(), 'scg-kbfresh-'));
const kb = join(root, 'kb');
const built = join(root, 'built');
mkdirSync(join(kb, 'cwe'), { recursive: true });
mkdirSync(built);
// Not a valid knowledge base: building it fails, so a command that succeeds must have loaded the build.
writeFileSync(join(kb, 'cwe', 'a.yaml'), 'id: CWE-1\n');
writeFileSync(join(built, 'knowledge.json'), fixtureArtefactJson());

function writeManifest(patch: Record<string, unknown> = {}): void {
  const manifest = {
    formatVersion: KB_FORMAT_VERSION,
    sourcesHash: kbSourcesHash(kb),
    builderHash: kbBuilderHash(),
    ...patch,
  };
  writeFileSync(join(built, 'manifest.json'), JSON.stringify(manifest));
}

const args = { positional: [], flags: { kb } };
afterEach(() => vi.restoreAllMocks());

describe('builtKbFreshness', () => {
  it('is current while the sources and the builder are unchanged', () => {
    writeManifest();
    expect(builtKbFreshness(kb, built)).toEqual({ current: true });
    expect(builtKbFreshness(kb, built, 'other code')).toMatchObject({
      current: false,
      reason: /builder's code changed/,
    });
  });

  it('is stale after an edit, an added file, an old manifest or no build', () => {
    writeManifest();
    writeFileSync(join(kb, 'cwe', 'b.yml'), 'id: CWE-2\n');
    expect(builtKbFreshness(kb, built)).toMatchObject({ current: false, reason: /kb\/ changed since/ });
    rmSync(join(kb, 'cwe', 'b.yml'));
    // Files that are not YAML are not sources.
    writeFileSync(join(kb, 'notes.txt'), 'x');
    expect(builtKbFreshness(kb, built)).toEqual({ current: true });
    writeManifest({ sourcesHash: undefined });
    expect(builtKbFreshness(kb, built)).toMatchObject({ reason: /before source hashes were recorded/ });
    writeManifest({ formatVersion: 1 });
    expect(builtKbFreshness(kb, built)).toMatchObject({ reason: /is format 1/ });
    expect(builtKbFreshness(kb, join(root, 'none'))).toMatchObject({ reason: /has no built knowledge base/ });
  });
});

describe('openKnowledgeBase', () => {
  it('loads the current build without building kb/', async () => {
    writeManifest();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const loaded = await openKnowledgeBase(args, built);
    expect(loaded.version).toBe(JSON.parse(fixtureArtefactJson()).version);
    expect(stderr).not.toHaveBeenCalled();
  });

  it('builds kb/ in memory when the build is stale, saying why', async () => {
    writeManifest();
    writeFileSync(join(kb, 'cwe', 'a.yaml'), 'id: CWE-1\nname: edited\n');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    // The edited source is not a valid knowledge base, so the build it falls back to fails.
    await expect(openKnowledgeBase(args, built)).rejects.toThrow();
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(
      /^kb: building .*kb\/ in memory: .*kb\/ changed since .*built was built/,
    );
  });
});

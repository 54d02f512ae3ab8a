// Whether the built knowledge base (public/kb) still matches what `kb build` would write now: the manifest
// records a hash of the kb/ sources and one of the builder's code, and both must equal today's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './buildFromDir';
import { KB_FORMAT_VERSION } from '../../core/kb/kbFormat';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The code whose change can change the artefact (tests and test kits aside); wider than needed, never narrower. */
export const BUILDER_PATHS = [
  'src/core/kb',
  'src/core/kbTools',
  'src/core/slicing',
  'src/core/languages',
  'src/core/retrieval',
  'src/adapters/orama',
  'src/adapters/node/buildFromDir.ts',
  'src/adapters/node/writeKbArtefacts.ts',
  'src/adapters/node/nodeParser.ts',
];

/** sha256 over every file's path (relative to `root`) and bytes, in path order. */
function hashFiles(root: string, files: string[]): string {
  const parts = files.sort().map((f) => `${relative(root, f).split(sep).join('/')}\0${sha256(readFileSync(f))}`);
  return sha256(parts.join('\n'));
}

function filesUnder(path: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return keep(path) ? [path] : [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => keep(f) && statSync(f).isFile());
}

/** The hash of the kb/ sources (the YAML files `kb build` reads). */
export function kbSourcesHash(kbDir: string): string {
  return hashFiles(
    kbDir,
    filesUnder(kbDir, (f) => /\.ya?ml$/.test(f)),
  );
}

/** The hash of the builder's code. */
export function kbBuilderHash(root = REPO_ROOT): string {
  const code = (f: string): boolean => /\.tsx?$/.test(f) && !/\.test\.tsx?$|TestKit\.ts$/.test(f);
  return hashFiles(
    root,
    BUILDER_PATHS.flatMap((p) => filesUnder(join(root, p), code)),
  );
}

export type Freshness = { current: true } | { current: false; reason: string };

export function builtKbFreshness(kbDir: string, builtDir: string, builderHash = kbBuilderHash()): Freshness {
  const manifestPath = join(builtDir, 'manifest.json');
  if (!existsSync(manifestPath) || !existsSync(join(builtDir, 'knowledge.json')))
    return { current: false, reason: `${builtDir} has no built knowledge base` };
  let manifest: { formatVersion?: unknown; sourcesHash?: unknown; builderHash?: unknown };
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as typeof manifest;
  } catch {
    return { current: false, reason: `${manifestPath} is not valid JSON` };
  }
  if (manifest.formatVersion !== KB_FORMAT_VERSION)
    return {
      current: false,
      reason: `${builtDir} is format ${String(manifest.formatVersion)}, not ${KB_FORMAT_VERSION}`,
    };
  if (typeof manifest.sourcesHash !== 'string' || typeof manifest.builderHash !== 'string')
    return { current: false, reason: `${builtDir} was built before source hashes were recorded` };
  if (manifest.sourcesHash !== kbSourcesHash(kbDir))
    return { current: false, reason: `${kbDir}/ changed since ${builtDir} was built` };
  if (manifest.builderHash !== builderHash)
    return { current: false, reason: `the knowledge-base builder's code changed since ${builtDir} was built` };
  return { current: true };
}

// Completion tasks cut from real source files, the way one public benchmark family builds them: find a line with a
// risky call (scripts/fieldPrefixMarkers.ts, our table), cut the file just before it, keep the last N lines, and label
// the task with that marker's CWE. The trees are Debian packages unpacked on this machine (/work/field, the system
// Python and npm); the tasks are generated at run time and never committed. Output: dev-tasks JSON Lines
// ({id, source, language, cwe, prompt, kind}) on stdout.
//   npx tsx scripts/fieldPrefixTasks.ts --split develop|check [--lang c,php] [--lines 60] [--per-file 1]
//        [--per-tree 25] [--seed 1] > /tmp/fp-develop.jsonl
// Split by PROJECT (check is read only in aggregate):
//   c       develop curl, nginx, redis, busybox, openssh, libxml2 | check lighttpd, sqlite3, libpng, libarchive,
//           zlib, linux (net, fs, lib, kernel, security, crypto)
//   cpp     develop poco, poppler, re2 | check leveldb, cpp-httplib, fmtlib, jsoncpp, tinyxml2, yaml-cpp, snappy
//   php     develop wordpress, cacti, dokuwiki, adminer | check phpmyadmin, roundcube, zabbix, Laravel, Symfony,
//           phpseclib
//   python  develop the standard library, ansible, tornado | check django, flask, werkzeug, aiohttp, pyramid,
//           radicale, rest_framework
//   go      develop prometheus | check gin, gorilla, echo
//   rust    one project only (hyper): develop src/proto, src/body, src/common | check the rest of src (a weak split)
//   js      develop npm's lib and its bundled packages a-m | check its packages n-z and corepack
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RISKY_MARKERS, type RiskyMarker } from './fieldPrefixMarkers';

const F = '/work/field';
const PHP2 = `${F}/php2/root/usr/share`;
const PY2 = `${F}/py2/root/usr/lib/python3/dist-packages`;
const GO = `${F}/root/usr/share/gocode/src/github.com`;
const HYPER = `${F}/root/usr/share/cargo/registry/hyper-0.14.19/src`;
const NPM = '/usr/lib/node_modules/npm';
const LINUX = `${F}/linux/linux-source-6.1`;

type Split = 'develop' | 'check';
/** A project is one tree, or several roots sampled as one (the kernel's subsystems). */
type Project = string | string[];
const TREES: Record<string, Record<Split, Project[]>> = {
  c: {
    develop: ['src/curl-7.88.1', 'src/nginx-1.22.1', 'src/redis-7.0.15', 'c2/busybox-1.35.0', 'c2/openssh-9.2p1']
      .map((p) => `${F}/${p}`)
      .concat(`${F}/c2/libxml2-2.9.14+dfsg`),
    check: [
      ...[
        'src/lighttpd-1.4.69',
        'src/sqlite3-3.40.1',
        'src/libpng1.6-1.6.39',
        'c2/libarchive-3.6.2',
        'c2/zlib-1.2.13.dfsg',
      ].map((p) => `${F}/${p}`),
      ['net', 'fs', 'lib', 'kernel', 'security', 'crypto'].map((d) => `${LINUX}/${d}`),
    ],
  },
  cpp: {
    develop: [`${F}/src/poco-1.11.0`, `${F}/cpp2/poppler-22.12.0`, `${F}/cpp2/re2-20220601+dfsg`],
    check: ['src/leveldb-1.23', 'src/cpp-httplib-0.11.4+ds', 'cpp2/fmtlib-9.1.0+ds1', 'cpp2/libjsoncpp-1.9.5']
      .concat(['cpp2/tinyxml2-9.0.0+dfsg', 'cpp2/yaml-cpp-0.7.0+dfsg', 'cpp2/snappy-1.1.9'])
      .map((p) => `${F}/${p}`),
  },
  php: {
    develop: [`${F}/root/usr/share/wordpress`, `${PHP2}/cacti`, `${PHP2}/dokuwiki`, `${PHP2}/adminer`],
    check: [`${F}/root/usr/share/phpmyadmin`, `${F}/root/usr/share/roundcube`, `${PHP2}/zabbix`].concat(
      ['Illuminate', 'Symfony', 'phpseclib'].map((d) => `${PHP2}/php/${d}`),
    ),
  },
  python: {
    develop: ['/usr/lib/python3.11', `${PY2}/ansible`, `${PY2}/tornado`],
    check: ['django', 'flask', 'werkzeug', 'aiohttp', 'pyramid', 'radicale', 'rest_framework'].map(
      (d) => `${PY2}/${d}`,
    ),
  },
  go: {
    develop: [`${F}/src/prometheus-2.42.0+ds`],
    check: [`${GO}/gin-gonic`, `${GO}/gorilla`, `${GO}/labstack`],
  },
  rust: {
    develop: [['proto', 'body', 'common'].map((d) => `${HYPER}/${d}`)],
    check: [
      ['client', 'server', 'service', 'ffi', 'rt.rs', 'upgrade.rs', 'error.rs', 'headers.rs', 'lib.rs', 'ext.rs'].map(
        (d) => `${HYPER}/${d}`,
      ),
    ],
  },
  javascript: {
    develop: [`${NPM}/lib`, ...packages(`${NPM}/node_modules`, (n) => n < 'n')],
    check: [...packages(`${NPM}/node_modules`, (n) => n >= 'n'), '/usr/lib/node_modules/corepack'],
  },
};

const EXTENSIONS: Record<string, string[]> = {
  c: ['.c'],
  cpp: ['.cpp', '.cc', '.cxx'],
  php: ['.php'],
  python: ['.py'],
  go: ['.go'],
  rust: ['.rs'],
  javascript: ['.js', '.mjs', '.cjs'],
};

/** Comment lines hold API names in prose; a task is cut at code. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#(?!include|define|if)|--)/;

function packages(dir: string, keep: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.') && keep(n))
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

function filesUnder(path: string, extensions: string[], out: string[]): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return;
  }
  if (stat.isFile()) {
    if (extensions.some((e) => path.endsWith(e)) && !path.endsWith('.min.js')) out.push(path);
    return;
  }
  if (!stat.isDirectory()) return;
  for (const name of readdirSync(path).sort()) {
    // `.pc/` holds Debian's quilt copies of patched files.
    if (name !== '.pc' && name !== '.git') filesUnder(join(path, name), extensions, out);
  }
}

/** FNV-1a, so the sample depends only on the seed and the file's path and line. */
function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

interface Candidate {
  file: string;
  line: number;
  marker: RiskyMarker;
  key: number;
}

function candidates(tree: Project, language: string, seed: string): Candidate[] {
  const files: string[] = [];
  for (const root of [tree].flat()) filesUnder(root, EXTENSIONS[language] ?? [], files);
  const out: Candidate[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    if (lines.some((l) => l.length > 400)) continue; // minified or generated
    lines.forEach((text, i) => {
      if (i < 10 || COMMENT_LINE.test(text)) return;
      const marker = RISKY_MARKERS[language]?.find((m) => m.line.test(text) && !m.unless?.test(text));
      if (marker) out.push({ file, line: i, marker, key: stableHash(`${seed}:${relative('/work', file)}:${i}`) });
    });
  }
  return out;
}

/** Markers taken in turn (so `memcpy` lines, the most common, do not fill a tree), each in hash order. */
function sample(all: Candidate[], perFile: number, perTree: number): Candidate[] {
  const byMarker = new Map<string, Candidate[]>();
  for (const c of [...all].sort((a, b) => a.key - b.key)) {
    byMarker.set(c.marker.name, [...(byMarker.get(c.marker.name) ?? []), c]);
  }
  const queues = [...byMarker.values()];
  const taken = new Map<string, number>();
  const out: Candidate[] = [];
  while (out.length < perTree && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const c = queue.shift();
      if (!c || out.length >= perTree) continue;
      const n = taken.get(c.file) ?? 0;
      if (n >= perFile) continue;
      taken.set(c.file, n + 1);
      out.push(c);
    }
  }
  return out;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function main(): void {
  const split = option('--split', 'develop') as Split;
  const languages = option('--lang', Object.keys(TREES).join(',')).split(',');
  const keep = Number(option('--lines', '60'));
  const perFile = Number(option('--per-file', '1'));
  const perTree = Number(option('--per-tree', '25'));
  const seed = option('--seed', '1');
  for (const language of languages) {
    for (const tree of TREES[language]?.[split] ?? []) {
      for (const c of sample(candidates(tree, language, seed), perFile, perTree)) {
        const lines = readFileSync(c.file, 'utf8').split('\n');
        const indent = /^\s*/.exec(lines[c.line] ?? '')?.[0] ?? '';
        const prompt = `${lines.slice(Math.max(0, c.line - keep), c.line).join('\n')}\n${indent}`;
        const id = `field/${language}/${relative('/', c.file)}:${c.line + 1}:${c.marker.name}`;
        const row = { id, source: 'field', language, cwe: c.marker.cwe, prompt, kind: 'completion' };
        process.stdout.write(`${JSON.stringify(row)}\n`);
      }
    }
  }
}

main();

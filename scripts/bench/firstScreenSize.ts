// Measures the JavaScript the first screen loads: the entry script of dist/index.html plus every
// chunk it imports statically (modulepreload), gzipped. Lazy chunks (Monaco, web-llm, workers) are
// excluded because the first screen does not wait for them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeReport {
  files: { file: string; bytes: number; gzip: number }[];
  totalGzip: number;
  totalBytes: number;
}

export function firstScreenSize(dist = 'dist'): SizeReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const seen = new Set<string>();
  const queue = [...entries.map((e) => e.replace(/^\//, ''))];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import ... from "./x.js"` and bare `import "./x.js"`; dynamic import() is lazy.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(join(file, '..', m[1]!));
    }
  }
  const files = [...seen].map((file) => {
    const buf = readFileSync(join(dist, file));
    return { file, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return {
    files,
    totalGzip: files.reduce((n, f) => n + f.gzip, 0),
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
  };
}

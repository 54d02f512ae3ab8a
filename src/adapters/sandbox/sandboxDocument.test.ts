// The sandbox frame's document (public/sandbox/sandbox.html): its CSP allows its one inline script by
// hash and nothing on the network, and the frame is created without allow-same-origin.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../../../public/sandbox/sandbox.html', import.meta.url), 'utf8');
const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const directive = (name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('the sandbox document', () => {
  it('allows its inline bootstrap by hash (edit the script, update the hash)', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(directive('script-src')).toContain(`'sha256-${hash}'`);
    expect(directive('script-src')).not.toContain("'self'");
    expect(directive('script-src')).not.toContain("'unsafe-inline'");
  });
  it('allows no network, fonts or other fetches', () => {
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('connect-src')).toBe("connect-src 'none'");
    expect(directive('font-src')).toBe("font-src 'none'");
    expect(directive('worker-src')).toBe('worker-src blob:');
  });
  it('is opened without allow-same-origin', () => {
    const frame = readFileSync(new URL('./sandboxFrame.ts', import.meta.url), 'utf8');
    expect(frame).toContain("setAttribute('sandbox', 'allow-scripts')");
    expect(frame).not.toMatch(/allow-same-origin'\)/);
  });
});

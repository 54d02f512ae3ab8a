// The static shell in index.html is hand-written HTML: these checks keep it in step with the app and the CSP.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGE_NAMES } from '../../core/pipeline';
import { STAGE_LABELS } from '../../core/stageRow';

const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
const root = /<div id="root">([\s\S]*?)<\/div>\s*<script/.exec(html)?.[1] ?? '';

describe('index.html static shell', () => {
  it('is inside #root, so React replaces it on its first render', () => {
    expect(root).toContain('data-testid="shell"');
    expect(root).toContain('Loading…');
  });

  it('draws the same row of stages as the app', () => {
    const items = [...(/<ol class="shell-stages"[\s\S]*?<\/ol>/.exec(root)?.[0] ?? '').matchAll(/<li>([^<]+)<\/li>/g)];
    expect(items.map((m) => m[1])).toEqual(['Task', ...STAGE_NAMES.map((name) => STAGE_LABELS[name])]);
  });

  it('has no inline style or script, so the Content-Security-Policy needs nothing new', () => {
    expect(root).not.toMatch(/<script|<style|\sstyle=/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/src\/ui\/shell\/shell.css"/);
  });
});

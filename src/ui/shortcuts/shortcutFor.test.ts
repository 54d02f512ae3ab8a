import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcutFor';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  ...over,
});

describe('shortcutFor', () => {
  it('runs on Ctrl+Enter and Cmd+Enter, also while typing, but not on a plain or Alt Enter', () => {
    expect(shortcutFor(press('Enter', { ctrlKey: true }))).toBe('run');
    expect(shortcutFor(press('Enter', { metaKey: true, typing: true }))).toBe('run');
    expect(shortcutFor(press('Enter'))).toBeNull();
    expect(shortcutFor(press('Enter', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('cancels on Escape', () => {
    expect(shortcutFor(press('Escape', { typing: true }))).toBe('cancel');
  });

  it('shows the list on "?" only outside text fields', () => {
    expect(shortcutFor(press('?'))).toBe('help');
    expect(shortcutFor(press('?', { typing: true }))).toBeNull();
    expect(shortcutFor(press('?', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('a'))).toBeNull();
  });
});

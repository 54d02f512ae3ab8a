// Which playground shortcut a key press means, as a pure function of the event (tested without a DOM).
export type Shortcut = 'run' | 'cancel' | 'help';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element is a text field (input, textarea, select, contenteditable or a Monaco editor). */
  typing: boolean;
}

/** The shortcuts, as the help dialog lists them. */
export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'Ctrl+Enter / ⌘+Enter', action: 'Run the task (also while typing in the task or code)' },
  { keys: 'Esc', action: 'Cancel the run in progress, or close this list' },
  { keys: '?', action: 'Show this list (not while typing)' },
];

export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey) return 'run';
  if (press.key === 'Escape') return 'cancel';
  // "?" is a character people type, so it is a shortcut only outside text fields.
  if (press.key === '?' && !press.typing && !press.ctrlKey && !press.metaKey && !press.altKey) return 'help';
  return null;
}

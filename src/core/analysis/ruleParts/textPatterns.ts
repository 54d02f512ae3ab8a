// Shared rule helpers: the C language pair and escaping text for use inside a RegExp.

/** Rules written for C usually hold for C++ too. */
export const C_LANGUAGES = ['c', 'cpp'] as const;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

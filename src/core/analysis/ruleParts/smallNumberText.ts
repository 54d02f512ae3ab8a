// Shared rule helpers: numeric parameters written below a safe limit.

export function smallNumber(text: string | undefined, limit: number): boolean {
  const n = Number(text?.replace(/_/g, ''));
  return Number.isFinite(n) && n > 0 && n < limit;
}

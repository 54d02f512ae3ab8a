// Human sizes for the picker: megabytes below a gigabyte, one decimal above.
export function formatMegabytes(mb: number): string {
  if (!Number.isFinite(mb) || mb <= 0) return '?';
  return mb < 1000 ? `${Math.round(mb)} MB` : `${(mb / 1024).toFixed(1)} GB`;
}

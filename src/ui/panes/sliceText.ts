// Renders the kept lines of code with an elision marker for each run of removed lines.
export function sliceText(code: string, kept: number[]): string {
  const lines = code.split('\n');
  const keep = new Set(kept);
  const out: string[] = [];
  let elided = false;
  lines.forEach((text, i) => {
    if (keep.has(i + 1)) {
      out.push(text);
      elided = false;
    } else if (!elided) {
      out.push('…');
      elided = true;
    }
  });
  return out.join('\n');
}

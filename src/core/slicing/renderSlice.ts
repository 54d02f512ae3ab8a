// Renders a slice as readable code: kept lines verbatim, each run of removed lines replaced by
// one elision comment in the language's syntax, indented like the code it stands for.
const CLOSER = /^\s*[)}\]]/;
const OPENER = /[:{]\s*$/;

export function renderSlice(code: string, keptLines: readonly number[], comment: string): string {
  const source = code.split('\n');
  if (source.length > 1 && source[source.length - 1] === '') source.pop();
  const kept = new Set(keptLines);
  const out: string[] = [];
  let run: string[] = [];
  const flush = (following: string | undefined): void => {
    // A run of blank lines is dropped silently: a marker would only add noise.
    if (run.length > 0 && run.some((line) => line.trim() !== '')) {
      const firstRemoved = run.find((line) => line.trim() !== '') ?? '';
      // "Like the following line", unless that line is blank or closes a block, or the previous
      // line opens one: then the marker would sit outside the code it replaces, so the first
      // removed line sets the indent.
      const previous = out[out.length - 1] ?? '';
      const opens = OPENER.test(previous);
      const model =
        following !== undefined && following.trim() !== '' && !CLOSER.test(following) && !opens
          ? following
          : firstRemoved;
      out.push(`${indentOf(model)}${comment} ...`);
    }
    run = [];
  };
  source.forEach((line, index) => {
    if (kept.has(index + 1)) {
      flush(line);
      out.push(line);
    } else {
      run.push(line);
    }
  });
  flush(undefined);
  return out.join('\n');
}

function indentOf(line: string): string {
  return /^\s*/.exec(line)?.[0] ?? '';
}

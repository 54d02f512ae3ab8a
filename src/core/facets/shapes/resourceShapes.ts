// Shapes of a resource the prefix holds while it can still leave: a mutex locked and not yet unlocked
// where the prefix stops (an early return from here keeps it locked: CWE-667), a handle or buffer
// acquired and then an early exit with no release before it (CWE-772), and a downcast chosen by a tag
// field instead of a checked cast (CWE-843).
import { literal, type CodeShape } from './CodeShape';

const LOCK =
  /\b(?:pthread_mutex_lock|pthread_rwlock_(?:wr|rd)lock|mtx_lock|EnterCriticalSection)\s*\(\s*&?\s*([\w.>-]+)\s*\)|\b([\w.>-]+?)\s*(?:\.|->)\s*lock\s*\(\s*\)\s*;/g;

function lockHeldAtEnd(code: string): boolean {
  const last = [...code.matchAll(LOCK)].at(-1);
  if (!last) return false;
  return !/unlock|LeaveCriticalSection/i.test(code.slice(last.index + last[0].length));
}

const ACQUIRE =
  /\b(\w+)\s*=\s*(?:std::)?(?:fopen|fdopen|popen|open|opendir|socket|accept|malloc|calloc|strdup|sqlite3_open\w*)\s*\(/g;

function handleOpenAcrossEarlyReturn(code: string): boolean {
  for (const m of code.matchAll(ACQUIRE)) {
    const h = literal(m[1]!);
    // The null or -1 check right after the acquisition returns with nothing to release: skip it.
    const rest = code
      .slice(m.index + m[0].length)
      .replace(
        new RegExp(
          String.raw`if\s*\(\s*(?:!\s*${h}|${h}\s*[=<]=?\s*(?:NULL|nullptr|0|-1))\s*\)\s*\{?\s*return\b[^;]*;\s*\}?`,
        ),
        '',
      );
    if (new RegExp(String.raw`\b(?:fclose|close|pclose|closedir|free|sqlite3_close)\s*\(\s*${h}\s*\)`).test(rest))
      continue;
    if (/\breturn\b[^;]*;/.test(rest) || /\bif\s*\([^\n]*\)\s*$/.test(rest)) return true;
  }
  return false;
}

const DERIVED = /\b(?:struct|class)\s+\w+\s*(?:final\s*)?:\s*(?:public\s+|protected\s+|private\s+)?\w+/;
const TAG_TEST = /\b(?:kind|type|tag|variant)\w*\s*(?:\(\s*\))?\s*[!=]=/i;

export const RESOURCE_SHAPES: readonly CodeShape[] = [
  { name: 'lock-held-where-prefix-ends', languages: ['c', 'cpp'], found: lockHeldAtEnd },
  { name: 'handle-open-across-early-return', languages: ['c', 'cpp'], found: handleOpenAcrossEarlyReturn },
  {
    name: 'downcast-by-tag',
    languages: ['c', 'cpp'],
    found: (code) =>
      (DERIVED.test(code) || /\bunion\b/.test(code)) &&
      TAG_TEST.test(code) &&
      (/\bstatic_cast\s*<\s*(?:const\s+)?[\w:]+\s*[*&]\s*>/.test(code) || /\bunion\b/.test(code)),
  },
];

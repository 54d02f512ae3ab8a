import { describe, expect, it } from 'vitest';
import { createOramaAdvisoryIndex, encodeTerm } from './createOramaAdvisoryIndex';
import { advisoryDocument, createAdvisor } from '../../core/revision/createAdvisor';
import type { AdvisorySource } from '../../core/kb/kbSourceSchema';

const advisory = (
  id: string,
  cwe: string,
  language: AdvisorySource['language'],
  code: string,
  markers: string[],
): AdvisorySource => ({
  id,
  cwe,
  language,
  code,
  markers,
  title: `About ${id}`,
  question: 'q',
  answer: `Answer for ${id}`,
  comments: [],
});

const ADVISORIES = [
  advisory('shell', 'CWE-78', 'python', 'subprocess.run("ping " + host, shell=True)', ['shell=True', 'subprocess.run']),
  advisory('pickle', 'CWE-502', 'python', 'obj = pickle.loads(request.data)', ['pickle.loads']),
  advisory('sql', 'CWE-89', 'python', 'cursor.execute(f"SELECT * FROM users WHERE id = {uid}")', ['cursor.execute']),
  advisory('strcpy', 'CWE-787', 'c', 'char buf[16];\nstrcpy(buf, name);', ['strcpy(']),
];

async function advisor() {
  return createAdvisor(ADVISORIES, await createOramaAdvisoryIndex(ADVISORIES.map(advisoryDocument)));
}

describe('advisory retrieval', () => {
  it('ranks the advisory sharing the risky marker first', async () => {
    const hits = await (
      await advisor()
    ).advise('import subprocess\ndef ping(h):\n    return subprocess.run("ping -c 1 " + h, shell=True)\n', 'python', 5);
    expect(hits[0]?.id).toBe('shell');
    expect(hits[0]?.matched).toContain('shell=true');
  });

  it('finds deserialisation advice for pickle.loads and keeps to the code language family', async () => {
    const hits = await (await advisor()).advise('data = pickle.loads(blob)', 'python', 5);
    expect(hits[0]?.cwe).toBe('CWE-502');
    expect(hits.every((h) => h.language === 'python')).toBe(true);
  });

  it('serves C++ code with C advice', async () => {
    const hits = await (await advisor()).advise('void f(const char* n) { char b[8]; strcpy(b, n); }', 'cpp', 5);
    expect(hits.map((h) => h.id)).toEqual(['strcpy']);
  });

  it('returns nothing for code without any shared token and texts for known ids', async () => {
    const a = await advisor();
    expect(await a.advise('', 'python', 5)).toEqual([]);
    expect(await a.texts(['pickle', 'nope'])).toEqual([
      { id: 'pickle', title: 'About pickle', answer: 'Answer for pickle' },
    ]);
  });

  it('encodes marker tokens into word-safe terms that cannot collide', () => {
    expect(encodeTerm('shell=true')).toBe('shellzetrue_');
    expect(encodeTerm('strcpy(')).toBe('strcpyzp_');
    expect(encodeTerm('pickle.loads')).not.toBe(encodeTerm('pickleloads'));
  });
});

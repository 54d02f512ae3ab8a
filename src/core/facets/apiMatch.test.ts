import { describe, expect, it } from 'vitest';
import { anyApiMatches, apiMatches, normaliseApi } from './apiMatch';

describe('API name matching', () => {
  it('normalises call syntax of several languages to dotted form', () => {
    expect(normaliseApi('subprocess.run(')).toBe('subprocess.run');
    expect(normaliseApi('$pdo->query')).toBe('pdo.query');
    expect(normaliseApi('std::system')).toBe('std.system');
  });

  it('matches the same name or a longer receiver chain, case-insensitively, never a partial word', () => {
    expect(apiMatches('self.cursor.execute', 'cursor.execute')).toBe(true);
    expect(apiMatches('Cursor.Execute', 'cursor.execute')).toBe(true);
    expect(apiMatches('std::system', 'system')).toBe(true);
    expect(apiMatches('cursor.execute', 'self.cursor.execute')).toBe(false);
    expect(apiMatches('mycursor.execute', 'cursor.execute')).toBe(false);
    expect(apiMatches('executemany', 'execute')).toBe(false);
    expect(apiMatches('', 'x')).toBe(false);
  });

  it('returns the knowledge-base spelling of every known name a task uses, in KB order', () => {
    const found = ['os.system', 'self.db.cursor.execute', 'json.loads'];
    expect(anyApiMatches(found, ['cursor.execute', 'pickle.loads', 'system', 'os.popen'])).toEqual([
      'cursor.execute',
      'system',
    ]);
    expect(anyApiMatches([], ['system'])).toEqual([]);
    // The same lists again give the same answer (the match sets are cached per list).
    expect(anyApiMatches(found, ['os.system'])).toEqual(['os.system']);
  });
});

import { describe, expect, it } from 'vitest';
import { containsLiteral, mayContain, probeContains, probeContainsWordForm, textProbe } from './literalMatch';

const TEXT = 'import subprocess\nsubprocess.run(cmd, shell=True)\nresult = execute_query(q)  # Run the command\n';

describe('literal matching', () => {
  it('respects word boundaries at word-character ends', () => {
    expect(containsLiteral(TEXT, 'shell=True')).toBe(true);
    expect(containsLiteral(TEXT, 'exec')).toBe(false);
    expect(containsLiteral(TEXT, 'run(')).toBe(false); // preceded by "."
    expect(containsLiteral(TEXT, 'subprocess.run')).toBe(true);
    expect(containsLiteral(TEXT, 'run the command', false)).toBe(true);
  });

  it('a probe rules out needles with a missing trigram and otherwise agrees with containsLiteral', () => {
    const probe = textProbe(TEXT);
    expect(mayContain(probe, 'pickle.loads')).toBe(false);
    expect(mayContain(probe, 'SHELL=true')).toBe(true);
    const needles = [
      'shell=True',
      'exec',
      'execute_query',
      'subprocess.run',
      'os.system',
      'run(',
      'cmd',
      'True)',
      'query(q',
      'xx',
    ];
    for (const n of needles) {
      expect(probeContains(probe, n), n).toBe(containsLiteral(TEXT, n));
      expect(probeContains(textProbe(TEXT.toLowerCase()), n.toLowerCase()), n).toBe(
        containsLiteral(TEXT.toLowerCase(), n.toLowerCase()),
      );
    }
  });
});

describe('keywords in any inflection', () => {
  const has = (text: string, keyword: string) => probeContainsWordForm(textProbe(text.toLowerCase()), keyword);
  it.each([
    ['Users uploaded two files', 'upload'],
    ['It uploads avatars', 'avatar'],
    ['parsing the feed', 'parse'],
    ['run the queries', 'query'],
    ['the invited members', 'invite'],
    ['two session cookies', 'session cookie'],
  ])('%j holds a form of %j', (text, keyword) => {
    expect(has(text, keyword)).toBe(true);
  });

  it.each([
    ['download the report', 'load'],
    ['the uploadx field', 'upload'],
    ['a parser', 'parse'],
    ['ping the host', 'pin'],
    ['sessions for signed-in users', 'signed'],
  ])('%j does not hold %j', (text, keyword) => {
    expect(has(text, keyword)).toBe(false);
  });
});

describe('keywords across determiners and in every word', () => {
  const has = (text: string, keyword: string) => probeContainsWordForm(textProbe(text.toLowerCase()), keyword);
  it.each([
    ['Spring endpoint to reset a password', 'reset password'],
    ['let people change their email address', 'change the email address'],
    ['users download their invoices', 'download their'],
    ['she logs in every day', 'log in'],
    ['it resets your password', 'reset password'],
  ])('%j holds %j', (text, keyword) => {
    expect(has(text, keyword)).toBe(true);
  });

  it.each([
    ['reset the router, then type a password', 'reset password'],
    ['change email notifications', 'change the email address'],
    ['reset every password', 'reset password'],
    ['the log includes the user', 'log in'],
  ])('%j does not hold %j', (text, keyword) => {
    expect(has(text, keyword)).toBe(false);
  });
});

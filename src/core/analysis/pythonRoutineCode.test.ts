// Ordinary Python that rules once misread as a weakness (issue 12, Python false positives), each beside a twin that
// keeps the rule's recall. `tier` says what the rule must report on the snippet: a counted finding, a note, or nothing.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

interface TierCase {
  name: string;
  rule: string;
  code: string;
  tier: 'finding' | 'note' | 'none';
}

const CASES: TierCase[] = [
  {
    name: 'a password literal in a pytest module logs into the app under test',
    rule: 'hardcoded-password',
    code: 'import pytest\n\nTEST_PASSWORD = "fixture-pass-1"\n\n\ndef test_login(client):\n    assert client.post("/login", data={"password": TEST_PASSWORD}).status_code == 401\n',
    tier: 'note',
  },
  {
    name: 'the same literal in application code is a finding',
    rule: 'hardcoded-password',
    code: 'import requests\n\nADMIN_PASSWORD = "fixture-pass-1"\n\n\ndef login(session):\n    return session.post("/login", data={"password": ADMIN_PASSWORD})\n',
    tier: 'finding',
  },
  {
    name: 'a module reading back the pickles it writes to its own cache',
    rule: 'py-unsafe-deserialize',
    code: 'import pickle\n\n\nclass Cache:\n    def get(self, path):\n        with open(path, "rb") as fh:\n            return pickle.load(fh)\n\n    def put(self, path, value):\n        with open(path, "wb") as fh:\n            pickle.dump(value, fh)\n',
    tier: 'note',
  },
  {
    name: 'the same module unpickling bytes from a socket',
    rule: 'py-unsafe-deserialize',
    code: 'import pickle\nimport socket\n\n\ndef serve(sock: socket.socket, path):\n    conn, _ = sock.accept()\n    obj = pickle.loads(conn.recv(65536))\n    with open(path, "wb") as fh:\n        pickle.dump(obj, fh)\n',
    tier: 'finding',
  },
  {
    name: 'a module that only reads pickles it did not write',
    rule: 'py-unsafe-deserialize',
    code: 'import pickle\n\n\ndef load_model(path):\n    with open(path, "rb") as fh:\n        return pickle.load(fh)\n',
    tier: 'finding',
  },
];

describe('ordinary Python read correctly', () => {
  it.each(CASES)('$rule: $name', async ({ rule, code, tier }) => {
    const record = await analyzeCode(code, 'python', nodeParser());
    const mine = record.findings.filter((f) => f.rule === rule);
    const got = mine.length === 0 ? 'none' : mine.some((f) => f.tier !== 'note') ? 'finding' : 'note';
    expect(got).toBe(tier);
  });
});

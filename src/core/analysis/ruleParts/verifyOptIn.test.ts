// Certificate checks switched off under an explicit opt-out are notes; switched off for everyone, findings.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import type { Language } from '../../task/Task';
import { analyzeCode } from '../analyzeCode';

const CASES: { name: string; language: Language; code: string; tier: 'finding' | 'note' }[] = [
  {
    name: 'a client that never checks certificates',
    language: 'javascript',
    code: "const https = require('https');\nfunction get(host, path, done) {\n  return https.request({ host, path, rejectUnauthorized: false }, done);\n}\n",
    tier: 'finding',
  },
  {
    name: 'an sslmode switch whose no-verify case turns the check off',
    language: 'javascript',
    code: "function sslOptions(mode) {\n  switch (mode) {\n    case 'verify-full':\n      return true;\n    case 'no-verify':\n      return { rejectUnauthorized: false };\n  }\n  return false;\n}\n",
    tier: 'note',
  },
  {
    name: 'a strict flag the caller set to false',
    language: 'javascript',
    code: 'function configure(self, opts) {\n  if (opts.strictSSL === false) {\n    self.rejectUnauthorized = false;\n  }\n}\n',
    tier: 'note',
  },
  {
    name: 'the check turned off in the else branch of an opt-out test',
    language: 'javascript',
    code: 'function configure(self, opts) {\n  if (opts.insecure) {\n    self.ca = opts.ca;\n  } else {\n    self.rejectUnauthorized = false;\n  }\n}\n',
    tier: 'finding',
  },
  {
    name: 'a Go client with a skip-verify option',
    language: 'go',
    code: 'package client\n\nimport "crypto/tls"\n\nfunc tlsConfig(skipVerify bool) *tls.Config {\n\tif skipVerify {\n\t\treturn &tls.Config{InsecureSkipVerify: true}\n\t}\n\treturn &tls.Config{MinVersion: tls.VersionTLS12}\n}\n',
    tier: 'note',
  },
  {
    name: 'a Go client that always skips verification',
    language: 'go',
    code: 'package client\n\nimport "crypto/tls"\n\nfunc tlsConfig(debug bool) *tls.Config {\n\tif debug {\n\t\treturn &tls.Config{InsecureSkipVerify: true}\n\t}\n\treturn &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12}\n}\n',
    tier: 'finding',
  },
];

describe('certificate checks off under an opt-out', () => {
  it.each(CASES)('$language: $name', async ({ language, code, tier }) => {
    const record = await analyzeCode(code, language, nodeParser());
    const mine = record.findings.filter((f) => f.rule === 'tls-verify-flag-off');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((f) => f.tier !== 'note') ? 'finding' : 'note').toBe(tier);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveFacets } from './deriveFacets';
import { importStatementNames } from './importStatement';
import { validateKbSources } from '../kbTools/validateKbSources';
import { buildKnowledgeArtefact } from '../kbTools/buildKnowledgeArtefact';
import { fixtureKbSources } from '../kbTools/fixtureKbSources';
import { nodeParser } from '../../adapters/node/nodeParser';

const kb = buildKnowledgeArtefact(validateKbSources(fixtureKbSources()), { hash: () => 'fixture' });
const facetsOf = (language: 'javascript' | 'typescript', prompt: string) =>
  deriveFacets({ id: 't', language, kind: 'completion', prompt }, kb, nodeParser());

describe('JavaScript and TypeScript modules', () => {
  it('reads the module of default, namespace and single-quoted imports', () => {
    expect(importStatementNames("import jwt from 'jsonwebtoken';").names).toContain('jsonwebtoken');
    expect(importStatementNames("import * as fs from 'node:fs';").names).toContain('node:fs');
    expect(importStatementNames("import { exec } from 'child_process';").names).toEqual(
      expect.arrayContaining(['child_process', 'child_process.exec']),
    );
  });

  it('names the module a CommonJS require or a dynamic import loads', async () => {
    const js = await facetsOf(
      'javascript',
      "const jwt = require('jsonwebtoken');\nconst { exec } = require('child_process');\nfunction f(req) {\n  return jwt.\n",
    );
    expect(js.apis).toEqual(expect.arrayContaining(['jsonwebtoken', 'child_process']));
    const ts = await facetsOf('typescript', "async function load() {\n  const yaml = await import('js-yaml');\n}\n");
    expect(ts.apis).toContain('js-yaml');
  });

  it('does not take other string arguments for modules', async () => {
    const js = await facetsOf('javascript', "const name = lookup('jsonwebtoken');\nconsole.log('child_process');\n");
    expect(js.apis).not.toContain('jsonwebtoken');
    expect(js.apis).not.toContain('child_process');
  });
});

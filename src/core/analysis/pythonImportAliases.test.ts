// Import aliases: callees imported from listed modules read as their qualified names; other imports are left alone.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { pythonImportAliases, qualifyCallee } from './pythonImportAliases';

async function aliasesOf(code: string): Promise<Map<string, string>> {
  const tree = await nodeParser().parse(code, 'python');
  try {
    return pythonImportAliases(tree.root);
  } finally {
    tree.dispose();
  }
}

describe('pythonImportAliases', () => {
  it('qualifies functions imported from listed modules and module aliases', async () => {
    const aliases = await aliasesOf(
      'from os import system\nfrom os.path import join as j\nimport subprocess as sp, os\nfrom pickle import loads\n',
    );
    expect(qualifyCallee('system', aliases)).toBe('os.system');
    expect(qualifyCallee('j', aliases)).toBe('os.path.join');
    expect(qualifyCallee('sp.run', aliases)).toBe('subprocess.run');
    expect(qualifyCallee('loads', aliases)).toBe('pickle.loads');
    expect(qualifyCallee('os.system', aliases)).toBe('os.system');
  });

  it('leaves unlisted modules, relative imports and unrelated names unchanged', async () => {
    const aliases = await aliasesOf(
      'from flask import redirect\nimport xml.etree.ElementTree as ET\nfrom . import system\nimport numpy as np\n',
    );
    expect(qualifyCallee('redirect', aliases)).toBe('redirect');
    expect(qualifyCallee('ET.fromstring', aliases)).toBe('ET.fromstring');
    expect(qualifyCallee('system', aliases)).toBe('system');
    expect(qualifyCallee('np.load', aliases)).toBe('np.load');
    expect(qualifyCallee('sp.run', aliases)).toBe('sp.run');
  });
});

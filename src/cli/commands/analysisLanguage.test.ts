import { describe, expect, it } from 'vitest';
import { analysisLanguage } from './analysisLanguage';
import { nodeParser } from '../../adapters/node/nodeParser';
import { parserErrorCounter } from '../../core/task/parserErrorCounter';

const count = parserErrorCounter(nodeParser());
const python = 'import subprocess\n\ndef run(cmd):\n    return subprocess.run(cmd, shell=True)\n';
const ruby = 'require \'open3\'\n\ndef archive(dir)\n  system("tar czf out.tgz #{dir}")\nend\n';
const c = '#include <string.h>\n\nvoid copy(char *s) {\n  char buf[8];\n  strcpy(buf, s);\n}\n';

describe('analyze: the language an input is read as', () => {
  it('detects the language when the input has none or says "auto"', async () => {
    expect(await analysisLanguage({ code: python }, python, count)).toBe('python');
    expect(await analysisLanguage({ code: c, language: 'auto' }, c, count)).toBe('c');
    expect(await analysisLanguage({ code: ruby }, ruby, count)).toBe('ruby');
  });

  it('keeps a given language, even when the code looks like another', async () => {
    expect(await analysisLanguage({ code: python, language: 'javascript' }, python, count)).toBe('javascript');
  });

  it('accepts Ruby, which has a grammar again', async () => {
    expect(await analysisLanguage({ language: 'ruby' }, ruby, count)).toBe('ruby');
  });

  it('refuses an unknown language and code whose language cannot be detected', async () => {
    await expect(analysisLanguage({ language: 'kotlin' }, python, count)).rejects.toMatchObject({
      code: 'LANGUAGE_UNSUPPORTED',
    });
    await expect(analysisLanguage({}, '   \n', count)).rejects.toMatchObject({ code: 'LANGUAGE_UNSUPPORTED' });
  });
});

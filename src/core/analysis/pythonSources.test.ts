// Python sources beyond Flask's `request` (languages/python.ts, taintedParameters.ts): each framework's input reaches
// a sink that needs tainted data (a bare variable handed to os.system, a redirect target) as a full-confidence source,
// not only through the lower-confidence parameter run; a constant in the same place is not flagged.
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../adapters/node/nodeParser';
import { analyzeCode } from './analyzeCode';

/** Counted findings that come from a real source (not from treating a parameter as one). */
async function sourced(code: string): Promise<string[]> {
  const record = await analyzeCode(code, 'python', nodeParser());
  return record.findings.filter((f) => f.source !== 'parameter').map((f) => `${f.cwe}@${f.line}`);
}

/** [name, code with SOURCE where the input is read, the line of the sink] */
const READS: [string, string, number][] = [
  ['Django uploaded file', 'def upload(request):\n    v = SOURCE\n    os.system(v.name)\n', 3],
  ['Django META header', 'def view(request):\n    v = SOURCE\n    os.system(v)\n', 3],
  ['DRF query_params via self.request', 'class V:\n    def get(self):\n        v = SOURCE\n        os.system(v)\n', 4],
  ['Tornado get_argument', 'class H:\n    def get(self):\n        v = SOURCE\n        os.system(v)\n', 4],
  ['argparse result', 'def main():\n    args = SOURCE\n    os.system(args.host)\n', 3],
  ['WSGI environ', 'def app(environ, start_response):\n    v = SOURCE\n    os.system(v)\n', 3],
];
const SOURCES: Record<string, string> = {
  'Django uploaded file': 'request.FILES["doc"]',
  'Django META header': 'request.META.get("HTTP_X_NAME")',
  'DRF query_params via self.request': 'self.request.query_params["v"]',
  'Tornado get_argument': 'self.get_argument("v")',
  'argparse result': 'parser.parse_args()',
  'WSGI environ': 'environ["QUERY_STRING"]',
};

describe('Python sources beyond Flask request', () => {
  for (const [name, template, line] of READS) {
    it(`reads ${name} as input`, async () => {
      const code = `import os\n${template.replace('SOURCE', SOURCES[name]!)}`;
      expect(await sourced(code)).toEqual([`CWE-78@${line + 1}`]);
      expect(await sourced(`import os\n${template.replace('SOURCE', '"uptime"')}`)).toEqual([]);
    });
  }

  it("takes a Django view's URL captures and a click command's arguments as input", async () => {
    expect(await sourced('import os\ndef detail(request, name):\n    os.system(name)\n')).toEqual(['CWE-78@3']);
    expect(await sourced('import os\nclass V:\n    def get(self, request, pk):\n        os.system(pk)\n')).toEqual([
      'CWE-78@4',
    ]);
    expect(
      await sourced('import os, click\n@click.command()\n@click.argument("h")\ndef ping(h):\n    os.system(h)\n'),
    ).toEqual(['CWE-78@5']);
    expect(
      await sourced('from django.shortcuts import redirect\ndef go(request, target):\n    return redirect(target)\n'),
    ).toEqual(['CWE-601@3']);
  });

  it('does not take the objects a request hook is handed (response, view, queryset, exception) as URL captures', async () => {
    const hook = (params: string, use: string): string =>
      `import os\nclass Hook:\n    def process(self, request, ${params}):\n        os.system(${use})\n`;
    expect(await sourced(hook('name', 'name'))).toEqual(['CWE-78@4']);
    expect(await sourced(hook('response', 'response.marker'))).toEqual([]);
    expect(await sourced(hook('queryset, view', 'view.command'))).toEqual([]);
    expect(await sourced(hook('exc', 'str(exc)'))).toEqual([]);
  });

  it('does not take the parameters of private helpers or of functions without a request as input', async () => {
    expect(await sourced('import os\ndef _helper(request, name):\n    os.system(name)\n')).toEqual([]);
    expect(await sourced('import os\ndef run(name):\n    os.system(name)\n')).toEqual([]);
    expect(
      await sourced('from django.shortcuts import redirect\ndef go(target, request):\n    return redirect(target)\n'),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { markerOnlyTokens, markerTokens } from './markerTokens';

describe('markerTokens', () => {
  it('keeps keyword flags, dotted APIs and calls intact', () => {
    const tokens = markerOnlyTokens(
      'subprocess.run(cmd, shell=True)\nrequests.get(url, verify=False)\ndata = pickle.loads(blob)',
    );
    expect(tokens).toEqual(
      expect.arrayContaining([
        'subprocess.run',
        'shell=true',
        'requests.get',
        'verify=false',
        'pickle.loads',
        'run(',
        'loads(',
      ]),
    );
  });

  it('keeps C calls with their parenthesis and HTML property sinks', () => {
    expect(markerOnlyTokens('strcpy(buf, input);')).toContain('strcpy(');
    expect(markerOnlyTokens('el.innerHTML = comment;')).toContain('.innerhtml=');
  });

  it('splits method chains into adjacent pairs', () => {
    expect(markerOnlyTokens('Runtime.getRuntime().exec(cmd)')).toEqual(
      expect.arrayContaining(['runtime.getruntime', 'exec(']),
    );
    expect(markerOnlyTokens('os.path.join(base, name)')).toEqual(expect.arrayContaining(['os.path', 'path.join']));
  });

  it('handles JavaScript option objects', () => {
    expect(markerOnlyTokens('https.request({ host, rejectUnauthorized: false })')).toContain(
      'rejectunauthorized=false',
    );
  });

  it('adds the ordinary word tokens after the markers', () => {
    const tokens = markerTokens('os.system(cmd)');
    expect(tokens.slice(0, 2)).toEqual(['os.system', 'system(']);
    expect(tokens).toContain('system');
  });
});

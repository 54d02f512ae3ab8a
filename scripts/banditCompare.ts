// Runs Debian's Bandit over Python samples and maps its test ids to CWEs. Bandit 1.6.2 (Debian) does
// not print issue_cwe yet, so the ids are mapped with the CWE assignments later Bandit releases print.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TEST_CWE: Record<string, string> = {
  B101: 'CWE-703',
  B102: 'CWE-78',
  B103: 'CWE-732',
  B104: 'CWE-605',
  B105: 'CWE-259',
  B106: 'CWE-259',
  B107: 'CWE-259',
  B108: 'CWE-377',
  B110: 'CWE-703',
  B112: 'CWE-703',
  B113: 'CWE-400',
  B201: 'CWE-94',
  B202: 'CWE-22',
  B301: 'CWE-502',
  B302: 'CWE-502',
  B303: 'CWE-327',
  B304: 'CWE-327',
  B305: 'CWE-327',
  B306: 'CWE-377',
  B307: 'CWE-78',
  B308: 'CWE-79',
  B310: 'CWE-22',
  B311: 'CWE-330',
  B312: 'CWE-319',
  B313: 'CWE-20',
  B314: 'CWE-20',
  B315: 'CWE-20',
  B316: 'CWE-20',
  B317: 'CWE-20',
  B318: 'CWE-20',
  B319: 'CWE-20',
  B320: 'CWE-20',
  B321: 'CWE-319',
  B322: 'CWE-78',
  B323: 'CWE-295',
  B324: 'CWE-327',
  B325: 'CWE-377',
  B401: 'CWE-319',
  B402: 'CWE-319',
  B403: 'CWE-502',
  B404: 'CWE-78',
  B405: 'CWE-20',
  B406: 'CWE-20',
  B407: 'CWE-20',
  B408: 'CWE-20',
  B409: 'CWE-20',
  B410: 'CWE-20',
  B411: 'CWE-20',
  B412: 'CWE-284',
  B413: 'CWE-327',
  B501: 'CWE-295',
  B502: 'CWE-327',
  B503: 'CWE-327',
  B504: 'CWE-327',
  B505: 'CWE-326',
  B506: 'CWE-20',
  B507: 'CWE-295',
  B601: 'CWE-78',
  B602: 'CWE-78',
  B603: 'CWE-78',
  B604: 'CWE-78',
  B605: 'CWE-78',
  B606: 'CWE-78',
  B607: 'CWE-78',
  B608: 'CWE-89',
  B609: 'CWE-78',
  B610: 'CWE-89',
  B611: 'CWE-89',
  B701: 'CWE-94',
  B702: 'CWE-80',
  B703: 'CWE-80',
};

interface BanditResult {
  filename: string;
  test_id: string;
  issue_cwe?: { id: number };
}

/** CWEs Bandit reports per sample, in input order (all severities and confidences). */
export function banditCwes(codes: readonly string[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'bandit-'));
  try {
    codes.forEach((code, i) => writeFileSync(join(dir, `s${i}.py`), code));
    let out: string;
    try {
      out = execFileSync('bandit', ['-q', '-r', '-f', 'json', dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      // Bandit exits with 1 when it found issues; the report is still on stdout.
      out = (error as { stdout?: string }).stdout ?? '';
    }
    const parsed: unknown = JSON.parse(out);
    const results = (parsed as { results?: BanditResult[] }).results ?? [];
    const byFile: string[][] = codes.map(() => []);
    for (const r of results) {
      const index = Number(/s(\d+)\.py$/.exec(r.filename)?.[1]);
      const cwe = r.issue_cwe ? `CWE-${r.issue_cwe.id}` : (TEST_CWE[r.test_id] ?? 'CWE-unknown');
      if (Number.isInteger(index)) byFile[index]?.push(cwe);
    }
    return byFile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// analyzeCode: 1-based positions, related CWEs, sorting, suppression, unparsable code, tree disposal, rule inventory.
import { describe, expect, it } from 'vitest';
import { analyzeCode } from './analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import { RULES } from './ruleRegistry';
import { analysisRecordSchema } from './analysisRecordSchema';
import type { ParserPort } from '../languages/SyntaxTree';
import type { Language } from '../task/Task';

const CODE = 'import os\nimport pickle\n\ndef f(h, d):\n    pickle.loads(d)\n    os.system("ping " + h)\n';

describe('analyzeCode', () => {
  it('reports 1-based lines and columns, sorted by line', async () => {
    const record = await analyzeCode(CODE, 'python', nodeParser());
    expect(record.parsed).toBe(true);
    expect(record.findings.map((f) => [f.cwe, f.line, f.column])).toEqual([
      ['CWE-502', 5, 5],
      ['CWE-78', 6, 5],
    ]);
  });

  it("gives every finding its CWE's MITRE parents and children (kb/cwe-hierarchy.json), valid in a trace", async () => {
    const record = await analyzeCode(CODE, 'python', nodeParser());
    expect(record.findings.map((f) => [f.cwe, f.related])).toEqual([
      ['CWE-502', ['CWE-913']],
      ['CWE-78', ['CWE-77']],
    ]);
    expect(analysisRecordSchema.parse(record).findings[1]?.related).toEqual(['CWE-77']);
    const { related, ...old } = record.findings[1]!;
    expect(related).toBeDefined();
    expect(analysisRecordSchema.safeParse({ ...record, findings: [old] }).success).toBe(true);
  });

  it('moves suppressed findings aside with the reason', async () => {
    const record = await analyzeCode(CODE, 'python', nodeParser(), {
      suppress: (f) => (f.cwe === 'CWE-502' ? 'team: trusted input' : null),
    });
    expect(record.findings.map((f) => f.cwe)).toEqual(['CWE-78']);
    expect(record.suppressed[0]?.suppressedBy).toBe('team: trusted input');
  });

  it('marks broken code as not parsed but still runs the rules', async () => {
    const record = await analyzeCode('def f(h):\n    os.system("x" + h)\n)))(\n', 'python', nodeParser());
    expect(record.parsed).toBe(false);
    expect(record.findings.some((f) => f.cwe === 'CWE-78')).toBe(true);
  });

  it('disposes the tree even when a rule throws', async () => {
    const real = nodeParser();
    let disposed = 0;
    const port: ParserPort = {
      supports: (l) => real.supports(l),
      parse: async (code, language) => {
        const tree = await real.parse(code, language);
        return {
          ...tree,
          root: tree.root,
          matches: () => {
            throw new Error('boom');
          },
          // The one-pass query path too, so the throw is not bypassed.
          matchesEach: () => {
            throw new Error('boom');
          },
          dispose: () => {
            disposed += 1;
            tree.dispose();
          },
        };
      },
    };
    await expect(analyzeCode(CODE, 'python', port)).rejects.toThrow('boom');
    expect(disposed).toBe(1);
  });

  it('analyses Ruby (offered again with tree-sitter-ruby): a Rails action with three findings, its fix with none', async () => {
    const bad =
      'class ReportsController < ApplicationController\n  def show\n    system("pdftk #{params[:file]} dump_data")\n    @report = Report.where("owner = \'#{params[:owner]}\'").first\n    redirect_to params[:next]\n  end\nend\n';
    const good =
      'class ReportsController < ApplicationController\n  def show\n    system("pdftk", params[:file], "dump_data")\n    @report = Report.where(owner: params[:owner]).first\n    redirect_to report_path(@report)\n  end\nend\n';
    const flagged = await analyzeCode(bad, 'ruby', nodeParser());
    expect(flagged.parsed).toBe(true);
    expect(flagged.findings.map((f) => [f.cwe, f.line])).toEqual([
      ['CWE-78', 3],
      ['CWE-89', 4],
      ['CWE-601', 5],
    ]);
    expect((await analyzeCode(good, 'ruby', nodeParser())).findings).toEqual([]);
  });

  it('rejects languages the parser lacks with a stable code', async () => {
    await expect(analyzeCode('x', 'kotlin' as string as Language, nodeParser())).rejects.toMatchObject({
      code: 'LANGUAGE_UNSUPPORTED',
    });
  });

  it('ships at least 40 rules over 25 CWEs and 6 languages', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RULES.map((r) => r.cwe)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(RULES.flatMap((r) => r.languages)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

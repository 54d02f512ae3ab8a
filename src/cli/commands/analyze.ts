// `analyze --jsonl FILE`: static analysis of code samples, one JSON line out per line in (or one SARIF log).
import type { Command } from '../Command';
import { jsonlInput, requireString, runJsonl } from '../runJsonl';
import { JSONL_OPTION, JSONL_POSITIONAL } from '../commonOptions';
import { analyzeCode } from '../../core/analysis/analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import { parserErrorCounter } from '../../core/task/parserErrorCounter';
import { analysisLanguage } from './analysisLanguage';
import { runAnalyzeSarif } from './analyzeSarif';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary:
    'static analysis: {"id","language"?,"code"} -> {"id","language","findings":[{cwe,related,rule,line,severity,tier,message}],"ms"}',
  options: [
    JSONL_OPTION,
    {
      name: 'format',
      type: 'string',
      choices: ['jsonl', 'sarif'],
      default: 'jsonl',
      description: 'jsonl: one line out per line in; sarif: one SARIF 2.1.0 log for the whole input',
    },
  ],
  positional: JSONL_POSITIONAL,
  async run(args) {
    const file = jsonlInput(args, 'analyze --jsonl FILE|-');
    if (!file) return 2;
    const parser = nodeParser();
    const countErrors = parserErrorCounter(parser);
    const analyse = async (input: Record<string, unknown>) => {
      const code = requireString(input, 'code');
      const language = await analysisLanguage(input, code, countErrors);
      return { language, record: await analyzeCode(code, language, parser) };
    };
    if (args.flags.format === 'sarif')
      return runAnalyzeSarif(file, async (input) => {
        const { language, record } = await analyse(input);
        return { language, findings: record.findings, suppressed: record.suppressed };
      });
    return runJsonl(file, async (input) => {
      const { language, record } = await analyse(input);
      return {
        language,
        findings: record.findings.map((f) => ({
          cwe: f.cwe,
          related: f.related ?? [],
          rule: f.rule,
          line: f.line,
          severity: f.severity,
          tier: f.tier ?? 'finding',
          message: f.message,
        })),
      };
    });
  },
};

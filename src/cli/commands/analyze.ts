// `analyze --jsonl FILE`: static analysis of code samples, one JSON line out per line in.
import type { Command } from '../Command';
import { jsonlInput, requireString, runJsonl } from '../runJsonl';
import { JSONL_OPTION, JSONL_POSITIONAL } from '../commonOptions';
import { analyzeCode } from '../../core/analysis/analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import { parserErrorCounter } from '../../core/task/parserErrorCounter';
import { analysisLanguage } from './analysisLanguage';

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
      description: 'output format; sarif (one SARIF 2.1.0 log) is not supported yet',
      validate: (v) => (v === 'sarif' ? 'is not supported yet (only jsonl)' : undefined),
    },
  ],
  positional: JSONL_POSITIONAL,
  async run(args) {
    const file = jsonlInput(args, 'analyze --jsonl FILE|-');
    if (!file) return 2;
    const parser = nodeParser();
    const countErrors = parserErrorCounter(parser);
    return runJsonl(file, async (input) => {
      const code = requireString(input, 'code');
      const language = await analysisLanguage(input, code, countErrors);
      const record = await analyzeCode(code, language, parser);
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

// `analyze --jsonl FILE`: static analysis of code samples, one JSON line out per line in.
import type { Command } from '../Command';
import { jsonlInput, requireLanguage, requireString, runJsonl } from '../runJsonl';
import { JSONL_OPTION, JSONL_POSITIONAL } from '../commonOptions';
import { analyzeCode } from '../../core/analysis/analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary:
    'static analysis: {"id","language","code"} -> {"id","findings":[{cwe,rule,line,severity,tier,message}],"ms"}',
  options: [
    JSONL_OPTION,
    {
      name: 'format',
      type: 'string',
      choices: ['jsonl', 'sarif'],
      default: 'jsonl',
      description: 'output format; sarif (one SARIF 2.1.0 log, DESIGN.md) is not supported yet',
      validate: (v) => (v === 'sarif' ? 'is not supported yet (only jsonl)' : undefined),
    },
  ],
  positional: JSONL_POSITIONAL,
  async run(args) {
    const file = jsonlInput(args, 'analyze --jsonl FILE|-');
    if (!file) return 2;
    const parser = nodeParser();
    return runJsonl(file, async (input) => {
      const record = await analyzeCode(requireString(input, 'code'), requireLanguage(input), parser);
      return {
        findings: record.findings.map((f) => ({
          cwe: f.cwe,
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

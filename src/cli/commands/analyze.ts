// `analyze --jsonl FILE`: static analysis of code samples, one JSON line out per line in.
import type { Command } from '../Command';
import { requireString, runJsonl } from '../runJsonl';
import { analyzeCode } from '../../core/analysis/analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';
import { isLanguage } from '../../core/task/Task';
import { PlaygroundError } from '../../core/errors';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'static analysis: {"id","language","code"} -> {"id","findings":[{cwe,rule,line,severity,message}],"ms"}',
  async run(args) {
    const file = args.flags.jsonl ?? args.positional[0];
    if (!file) {
      process.stderr.write('usage: npm run -s cli -- analyze --jsonl FILE|-\n');
      return 2;
    }
    const parser = nodeParser();
    return runJsonl(file, async (input) => {
      const language = input.language;
      if (!isLanguage(language)) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: String(language) });
      const record = await analyzeCode(requireString(input, 'code'), language, parser);
      return {
        findings: record.findings.map((f) => ({ cwe: f.cwe, rule: f.rule, line: f.line, severity: f.severity, message: f.message })),
      };
    });
  },
};

// `advise --jsonl FILE`: advisories retrieved from code (the revision stage's retrieval), one JSON
// line out per line in: {"id","language","code"} -> {"id","advisories":[{"id","cwe","score"}],"ms"}.
// Like the revision stage, the analyser's findings on the code are fused in (--bm25-only: not).
import type { Command } from '../Command';
import { jsonlInput, requireLanguage, requireString, runJsonl } from '../runJsonl';
import { JSONL_OPTION, JSONL_POSITIONAL, KB_OPTIONS } from '../commonOptions';
import { existsSync } from 'node:fs';
import type { ParsedArgs } from '../Command';
import type { AdvisorySource } from '../../core/kb/kbSourceSchema';
import { advisoryDocument, createAdvisor } from '../../core/revision/createAdvisor';
import { createOramaAdvisoryIndex } from '../../adapters/orama/createOramaAdvisoryIndex';
import { validateKbSources } from '../../core/kbTools/validateKbSources';
import { loadKnowledgeBaseFromDisk } from '../../adapters/orama/loadKnowledgeBaseFromDisk';
import { readKbSourceFiles } from '../../adapters/node/buildFromDir';
import { analyzeCode } from '../../core/analysis/analyzeCode';
import { nodeParser } from '../../adapters/node/nodeParser';

/** Advisories only: validated straight from kb/ when present (no embedder fit, no example slicing), else the built artefact. */
async function loadAdvisories(args: ParsedArgs): Promise<readonly AdvisorySource[]> {
  const source = args.flags.kb ?? 'kb';
  if (!args.flags['kb-dir'] && existsSync(source)) return validateKbSources(readKbSourceFiles(source)).advisories;
  return (await loadKnowledgeBaseFromDisk(args.flags['kb-dir'] ?? 'public/kb')).advisories;
}

export const adviseCommand: Command = {
  name: 'advise',
  summary: 'advisories for code: {"id","language","code"} -> {"id","advisories":[{id,cwe,score}],"ms"}',
  options: [
    JSONL_OPTION,
    {
      name: 'k',
      type: 'integer',
      min: 1,
      default: '5',
      description: 'advisories per input line (at most 50 are kept)',
    },
    { name: 'bm25-only', type: 'boolean', description: 'rank by BM25 alone, without the analyser findings facet' },
    ...KB_OPTIONS,
  ],
  positional: JSONL_POSITIONAL,
  async run(args) {
    const file = jsonlInput(args, 'advise --jsonl FILE|- [--k 5]');
    if (!file) return 2;
    const k = Math.max(1, Math.min(50, Number(args.flags.k ?? 5) || 5));
    const advisories = await loadAdvisories(args);
    const advisor = createAdvisor(advisories, await createOramaAdvisoryIndex(advisories.map(advisoryDocument)));
    const parser = nodeParser();
    return runJsonl(file, async (input) => {
      const code = requireString(input, 'code');
      const language = requireLanguage(input);
      const findings = args.flags['bm25-only'] ? [] : (await analyzeCode(code, language, parser)).findings;
      const hits = await advisor.advise(code, language, k, [...new Set(findings.map((f) => f.cwe))]);
      return { advisories: hits.map((h) => ({ id: h.id, cwe: h.cwe, score: h.score })) };
    });
  },
};

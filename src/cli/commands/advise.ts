// `advise --jsonl FILE`: advisories retrieved from code (the revision stage's retrieval), one JSON
// line out per line in: {"id","language","code"} -> {"id","advisories":[{"id","cwe","score"}],"ms"}.
import type { Command } from '../Command';
import { requireString, runJsonl } from '../runJsonl';
import { isLanguage } from '../../core/task/Task';
import { PlaygroundError } from '../../core/errors';
import { createAdvisorFor } from '../../adapters/createCoreService';
import { openKnowledgeBase } from './openKnowledgeBase';

export const adviseCommand: Command = {
  name: 'advise',
  summary: 'advisories for code: {"id","language","code"} -> {"id","advisories":[{id,cwe,score}],"ms"} (--k N, default 5)',
  async run(args) {
    const file = args.flags.jsonl ?? args.positional[0];
    if (!file) {
      process.stderr.write('usage: npm run -s cli -- advise --jsonl FILE|- [--k 5]\n');
      return 2;
    }
    const k = Math.max(1, Math.min(50, Number(args.flags.k ?? 5) || 5));
    const advisor = await createAdvisorFor(await openKnowledgeBase(args));
    return runJsonl(file, async (input) => {
      const language = requireString(input, 'language');
      if (!isLanguage(language)) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: language });
      const hits = await advisor.advise(requireString(input, 'code'), language, k);
      return { advisories: hits.map((h) => ({ id: h.id, cwe: h.cwe, score: h.score })) };
    });
  },
};

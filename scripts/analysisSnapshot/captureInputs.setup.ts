// Vitest setup that records every (code, language) the analyser is asked about, so a refactor can replay them.
import { appendFileSync } from 'node:fs';
import { vi } from 'vitest';

const out = process.env.ANALYSIS_INPUTS;

vi.mock('../../src/core/analysis/analyzeCode', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/analysis/analyzeCode')>();
  return {
    ...original,
    analyzeCode: (...args: Parameters<typeof original.analyzeCode>) => {
      // One JSON line per call; parallel test workers append whole lines, duplicates are removed on replay.
      if (out) appendFileSync(out, JSON.stringify({ code: args[0], language: args[1] }) + '\n');
      return original.analyzeCode(...args);
    },
  };
});

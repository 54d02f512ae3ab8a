// The fix shapes of Go, JavaScript/TypeScript and PHP web code (issue 12): every vulnerable twin is reported with its
// CWE as a counted finding, and its fixed twin has no counted finding at all (notes may remain).
import { describe, expect, it } from 'vitest';
import { nodeParser } from '../../../adapters/node/nodeParser';
import { analyzeCode } from '../analyzeCode';
import { countedFindings } from '../countedFindings';
import type { FixShapeCase } from './fixShapeCase';
import { GO_PATH_COMMAND_CASES } from './goPathCommandCases';
import { GO_QUERY_WEB_CASES } from './goQueryWebCases';
import { JS_PATH_COMMAND_CASES } from './jsPathCommandCases';
import { JS_QUERY_WEB_CASES } from './jsQueryWebCases';
import { PHP_CASES } from './phpCases';
import { CONDITIONAL_GUARD_CASES } from './conditionalGuardCases';
import { LIBRARY_FUNCTION_CASES } from './libraryFunctionCases';
import { GUARDED_HELPER_CASES } from './guardedHelperCases';
import { PROJECT_MODULE_CASES } from './projectModuleCases';

async function counted(code: string, language: FixShapeCase['language']): Promise<string[]> {
  const record = await analyzeCode(code, language, nodeParser());
  return countedFindings(record.findings).map((f) => `${f.rule}:${f.cwe}`);
}

function describeCases(title: string, cases: readonly FixShapeCase[]): void {
  describe(title, () => {
    for (const c of cases)
      it(`${c.language} ${c.cwe}: ${c.name}`, async () => {
        const vulnerable = await counted(c.vulnerable, c.language);
        expect(
          vulnerable.some((f) => f.endsWith(`:${c.cwe}`)),
          vulnerable.join(' '),
        ).toBe(true);
        expect(await counted(c.fixed, c.language)).toEqual([]);
      });
  });
}

describeCases('Go fix shapes: paths and commands', GO_PATH_COMMAND_CASES);
describeCases('Go fix shapes: queries and web', GO_QUERY_WEB_CASES);
describeCases('JavaScript fix shapes: paths, markup and commands', JS_PATH_COMMAND_CASES);
describeCases('JavaScript and TypeScript fix shapes: queries and web', JS_QUERY_WEB_CASES);
describeCases('PHP fix shapes', PHP_CASES);
describeCases('Checks written as conditional expressions and switches', CONDITIONAL_GUARD_CASES);
describeCases('Library functions and token helpers', LIBRARY_FUNCTION_CASES);
describeCases('Helpers that return the checked value', GUARDED_HELPER_CASES);
describeCases('Checks in whole project modules', PROJECT_MODULE_CASES);

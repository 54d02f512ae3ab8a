// A Python test module (pytest or unittest): its literals are fixtures for the code under test, not deployed values.
import type { RuleContext } from '../RuleContext';
import { codeMentions } from '../codeMentions';

const TEST_FRAMEWORK = /^\s*(import|from)\s+(pytest|unittest)\b/m;
const TEST_FUNCTION = /^(\s*)def test_\w*\s*\(/m;

/** The file imports a test framework and defines test functions: a password literal there logs into a test app. */
export function isPythonTestModule(ctx: RuleContext): boolean {
  return ctx.language === 'python' && codeMentions(ctx, TEST_FRAMEWORK) && codeMentions(ctx, TEST_FUNCTION);
}

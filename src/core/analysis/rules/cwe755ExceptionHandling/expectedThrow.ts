// The test idiom for "this must throw": the try body ends by failing the test (`fail("must throw")`,
// `self.fail(...)`, `FAIL()`, `Assert.fail()`), so reaching the handler is the success the test wants, not a check
// failing open.
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { namedChildren } from '../../walk';

const TEST_FAILURE = /^\s*(await\s+)?((self|this|Assert|Assertions|pytest)\s*(\.|::)\s*)?(fail|FAIL|ADD_FAILURE)\s*\(/;

/** The last statement of the try body reports a test failure. */
export function expectsThrow(body: SyntaxNode): boolean {
  const last = namedChildren(body)
    .filter((s) => !/comment/.test(s.type))
    .at(-1);
  return last !== undefined && TEST_FAILURE.test(last.text);
}

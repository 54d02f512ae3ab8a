// A C or C++ unit-test source (GoogleTest, Catch2, doctest, Boost.Test, CppUnit, Qt Test, Unity, cmocka): its
// literals and seeds are fixtures for the code under test, not deployed values.
import type { RuleContext } from '../RuleContext';
import { codeMentions } from '../codeMentions';

const TEST_FRAMEWORK =
  /^\s*#\s*include\s*[<"](gtest\/|gmock\/|catch2\/|catch\.hpp|doctest|boost\/test\/|CppUnit\/|cppunit\/|QtTest|QTest|unity\.h|cmocka\.h)/im;

/** A test case defined by a framework macro, a fixture class built on the framework's test base, or a suite built. */
const TEST_DEFINITION =
  /^\s*(TEST(_F|_P)?|TYPED_TEST|TEST_CASE|SCENARIO|BOOST_(AUTO|FIXTURE)_TEST_CASE|CPPUNIT_TEST(_SUITE)?|RUN_TEST|cmocka_unit_test)\s*\(|(:|public)\s*(CppUnit::TestCase|(::)?testing::Test|QObject)\b|\bCppUnit::TestSuite\b/m;

/** The file includes a unit-test framework and defines tests with it. */
export function isNativeTestModule(ctx: RuleContext): boolean {
  return (
    (ctx.language === 'c' || ctx.language === 'cpp') &&
    codeMentions(ctx, TEST_FRAMEWORK) &&
    codeMentions(ctx, TEST_DEFINITION)
  );
}

// Test sources of every language the analyser recognises them in: rules whose claim is about deployed values (a
// password, a fixed seed) show their matches there as notes.
import type { RuleContext } from '../RuleContext';
import { isNativeTestModule } from './nativeTestModule';
import { isPythonTestModule } from './pyTestModule';

export function isTestModule(ctx: RuleContext): boolean {
  return isPythonTestModule(ctx) || isNativeTestModule(ctx);
}

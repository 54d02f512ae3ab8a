// Exception and error handling rules (CWE-755 and its child CWE-390), in registry order.
import type { Rule } from '../../Rule';
import { exceptionFailsOpen } from './exceptionFailsOpen';
import { swallowedException } from './swallowedException';
import { goErrorLoggedOnly } from './goErrorLoggedOnly';

export const cwe755ExceptionHandling: readonly Rule[] = [swallowedException, goErrorLoggedOnly, exceptionFailsOpen];

// The options that describe our analyser in a SARIF log: its name, its rule-set version and its rules' metadata.
import { ANALYZER_NAME } from '../analyzeCode';
import { analyzerVersion } from '../analyzerVersion';
import { RULES } from '../ruleRegistry';
import type { SarifLogOptions } from './toSarifLog';

export function analyzerSarifOptions(): SarifLogOptions {
  return { toolName: ANALYZER_NAME, toolVersion: analyzerVersion(), rules: RULES };
}

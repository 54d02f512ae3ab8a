// Checks a SARIF log against the official SARIF 2.1.0 JSON schema (draft-04), as shipped by @microsoft/jest-sarif.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import type { Log } from 'sarif';
import { sarifConsistencyErrors } from '../../core/analysis/sarif/sarifConsistencyErrors';

const require = createRequire(import.meta.url);
const SCHEMA_FILE = '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(require.resolve(SCHEMA_FILE), 'utf8')) as object;
  // The schema's patterns use escapes that unicode-mode regular expressions reject; formats (uri, date-time)
  // are not checked because draft-04 Ajv ships no format validators.
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true, validateFormats: false });
  compiled = ajv.compile(schema);
  return compiled;
}

/** The schema violations of `log`, each as "path: message"; empty when the log is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  const validate = validator();
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}

/** Schema violations, then what our logs promise beyond the schema (sarifConsistencyErrors): empty when both hold. */
export function sarifLogErrors(log: unknown): string[] {
  const schema = sarifSchemaErrors(log);
  return schema.length > 0 ? schema : sarifConsistencyErrors(log as Log);
}

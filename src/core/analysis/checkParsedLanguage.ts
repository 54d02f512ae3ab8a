// After an analysis whose code did not parse: detect what the code is written in, and record a better fit.
import type { AnalysisRecord } from './Finding';
import type { LanguageDetection } from '../task/detectLanguage';
import { otherLanguage } from '../task/detectLanguage';

/**
 * Pasted code in another language than picked, or a model answering in another language than asked, parses
 * badly and yields few findings; the record then says which language fits, so no one reads "no findings" as safe.
 */
export async function checkParsedLanguage(
  record: AnalysisRecord,
  code: string,
  detect?: (code: string) => Promise<LanguageDetection>,
): Promise<AnalysisRecord> {
  if (record.parsed || !detect || !code.trim()) return record;
  const detection = await detect(code);
  return {
    ...record,
    languageCheck: { asked: record.language, likely: otherLanguage(detection, record.language), detection },
  };
}

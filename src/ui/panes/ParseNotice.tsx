// Said instead of a green "No findings." when the code did not parse: as what, and which language it looks like.
import type { AnalysisRecord } from '../../core/analysis/Finding';
import type { RunTrace } from '../../core/trace';
import { stageOutput } from '../../core/trace';
import { languageName } from '../../core/task/languageHints';
import { useRunStore } from '../../state/runStore';

export function ParseNotice({ output, trace }: { output: AnalysisRecord; trace: RunTrace }) {
  const checkAs = useRunStore((s) => s.checkAs);
  const running = useRunStore((s) => s.running);
  if (output.parsed) return null;
  const asked = languageName(output.language);
  const likely = output.languageCheck?.likely ?? null;
  const code = stageOutput(trace, 'generation')?.code ?? '';
  // Pasted code was picked (or detected) as this language; a model's code was asked for in it.
  const ownCode = trace.providedLanguage !== undefined;
  const subject = ownCode ? 'The code' : trace.engine ? "The model's answer" : 'The code';
  return (
    <div className="notice warn" role="status" data-testid="parse-notice">
      {subject} could not be parsed as {asked}
      {likely ? (
        <>
          ; it looks like <strong data-testid="likely-language">{languageName(likely)}</strong>
          {ownCode ? '' : `, not ${asked} as asked`}.{' '}
          <button type="button" disabled={running} onClick={() => void checkAs(code, likely)} data-testid="analyse-as">
            Analyse as {languageName(likely)}
          </button>
        </>
      ) : (
        '.'
      )}{' '}
      {output.findings.length === 0
        ? 'No findings here does not mean the code is safe: most rules need a parsed program.'
        : 'Only rules that work on unparsed code ran, so more problems may be missed.'}
    </div>
  );
}

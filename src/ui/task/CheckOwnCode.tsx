// "Check my own code": paste code, pick its language or let it be detected, and see which language it was read as.
import { useRunStore } from '../../state/runStore';
import { LANGUAGES } from '../../core/task/Task';
import type { ProvidedLanguage } from '../../core/task/CodeLanguage';
import { languageName } from '../../core/task/languageHints';
import { stageOutput } from '../../core/trace';

export function CheckOwnCode() {
  const providedCode = useRunStore((s) => s.providedCode);
  const useProvidedCode = useRunStore((s) => s.useProvidedCode);
  const providedLanguage = useRunStore((s) => s.providedLanguage);
  const setProvidedCode = useRunStore((s) => s.setProvidedCode);
  const setProvidedLanguage = useRunStore((s) => s.setProvidedLanguage);
  return (
    <details open={useProvidedCode} className="check-own-code">
      <summary>Check my own code instead of generating</summary>
      <div className="row wrap">
        <label>
          <input
            type="checkbox"
            checked={useProvidedCode}
            onChange={(e) => setProvidedCode(providedCode, e.target.checked)}
            data-testid="use-provided"
          />{' '}
          use this code
        </label>
        <label>
          language{' '}
          <select
            value={providedLanguage}
            onChange={(e) => setProvidedLanguage(e.target.value as ProvidedLanguage)}
            data-testid="provided-language"
          >
            <option value="auto">detect automatically</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        className="provided-code"
        aria-label="Code to check"
        value={providedCode}
        onChange={(e) => setProvidedCode(e.target.value, true)}
        placeholder="Paste code in any supported language: its language is detected (or pick one), then it is analysed and knowledge is retrieved for it."
        rows={6}
        data-testid="provided-code"
      />
      <CodeLanguageLine />
    </details>
  );
}

/** After a check-my-own-code run: the language the code was read as, and why. */
function CodeLanguageLine() {
  const trace = useRunStore((s) => s.trace);
  const chosen = trace ? stageOutput(trace, 'facets')?.codeLanguage : undefined;
  if (!chosen) return null;
  const top = chosen.detection?.candidates.find((c) => c.language === chosen.language);
  const runnerUp = chosen.detection?.candidates.find((c) => c.language !== chosen.language);
  const why =
    chosen.source === 'picked'
      ? 'as picked'
      : chosen.source === 'task'
        ? "nothing could be detected, so the task's language was kept"
        : `detected: ${errors(top?.errors)}${top?.hints.length ? `, hints ${top.hints.join(', ')}` : ''}` +
          (runnerUp ? `; next best ${languageName(runnerUp.language)} with ${errors(runnerUp.errors)}` : '');
  return (
    <div className="muted small" data-testid="detected-language" data-language={chosen.language}>
      Read as <strong>{languageName(chosen.language)}</strong> ({why}).
    </div>
  );
}

function errors(n: number | undefined): string {
  return n === undefined ? 'not parsed' : `${n} syntax error${n === 1 ? '' : 's'}`;
}

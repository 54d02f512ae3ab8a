// Findings pane: the analyser's findings with CWE links and fix hints; click one to see its slice.
import type { PaneProps } from './PaneProps';
import { stageOutput } from '../../core/trace';
import { useFocusStore } from '../../state/focusStore';
import { FindingFeedback } from '../feedback/FindingFeedback';
import { selectFocusAction } from '../../state/focusSelectors';
import { ParseNotice } from './ParseNotice';
import { languageName } from '../../core/task/languageHints';
import { CweKindOf, cweUrl } from '../explorer/CweKindOf';
import { countedFindings, notesOf } from '../../core/analysis/countedFindings';
import { FindingNotes } from './FindingNotes';
import { analysisSarifLog } from '../../core/analysis/sarif/analysisSarifLog';
import { codeFileName } from '../../core/analysis/sarif/codeFileName';
import { downloadText } from '../trace/downloadText';

export function FindingsPane({ output, trace }: PaneProps<'analysis'>) {
  const focus = useFocusStore(selectFocusAction);
  const code = stageOutput(trace, 'generation')?.code ?? '';
  // Notes are listed apart and count nowhere; "No findings" is about the findings that count.
  const findings = countedFindings(output.findings);
  return (
    <div className="findings" data-testid="findings-pane">
      <div className="muted small">
        {output.analyzer}
        {output.parsed ? '' : ' (the code did not parse cleanly; pattern rules still ran)'} — judged by our analyser,
        reading the code as {languageName(output.language)}{' '}
        <button
          type="button"
          className="link"
          data-testid="download-sarif"
          title="The findings as a SARIF 2.1.0 log, for code-scanning tools"
          onClick={() => downloadSarif(output, trace.task.id)}
        >
          Download SARIF
        </button>
      </div>
      <ParseNotice output={output} trace={trace} />
      {output.parsed && findings.length === 0 && (
        <div className="notice ok" data-testid="findings-none">
          No findings.
        </div>
      )}
      <ul className="finding-list">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${f.line}-${i}`} className={`finding ${f.severity}`} data-testid="finding">
            <button type="button" className="link" onClick={() => void focus(code, output.language, f.line)}>
              line {f.line}
            </button>{' '}
            <a href={cweUrl(f.cwe)} target="_blank" rel="noreferrer">
              {f.cwe}
            </a>
            <CweKindOf id={f.cwe} /> <span className="chip">{f.severity}</span>{' '}
            {f.source === 'parameter' && <span className="chip">from a parameter</span>} <strong>{f.message}</strong>
            {f.fix && <div className="fix">Fix: {f.fix}</div>}
            <div className="muted small">
              rule {f.rule} <FindingFeedback trace={trace} finding={f} />
            </div>
          </li>
        ))}
      </ul>
      <FindingNotes notes={notesOf(output.findings)} onLine={(line) => void focus(code, output.language, line)} />
      {output.suppressed.length > 0 && (
        <details className="fb-suppressed" open data-testid="findings-suppressed">
          <summary>{output.suppressed.length} suppressed by team feedback</summary>
          <ul>
            {output.suppressed.map((f, i) => (
              <li key={i} data-testid="suppressed-finding">
                {f.cwe} line {f.line} ({f.rule}): {f.suppressedBy}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The same log as `analyze --format sarif`, for this run's analysed code. */
function downloadSarif(output: PaneProps<'analysis'>['output'], taskId: string): void {
  const log = analysisSarifLog(output, taskId);
  downloadText(
    `${codeFileName(taskId, output.language)}.sarif`,
    `${JSON.stringify(log, null, 2)}\n`,
    'application/sarif+json',
  );
}

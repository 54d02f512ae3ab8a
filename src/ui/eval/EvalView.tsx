// The evaluation page: pick a suite and configurations, run it with a progress bar, and read the
// metrics, a chart and every task's result; results persist in IndexedDB across reloads.
import { useEffect, useMemo } from 'react';
import { useEvalStore } from '../../state/evalStore';
import { useModelStore } from '../../state/modelStore';
import { summarise } from '../../core/evaluation/summarise';
import { SuitePicker } from './SuitePicker';
import { ConfigPicker } from './ConfigPicker';
import { EvalControls } from './EvalControls';
import { SuiteHistory } from './SuiteHistory';
import { SummaryTables } from './SummaryTables';
import { RatesChart } from './RatesChart';
import { TaskResultsTable } from './TaskResultsTable';
import { ExportButtons } from './ExportButtons';
import { ExternalJudgePanel } from './ExternalJudgePanel';
import { SamplingSettings } from './SamplingSettings';
import { JudgeAgreementTable } from './JudgeAgreementTable';
import './eval.css';
import { useShallow } from 'zustand/react/shallow';
import { selectEvalResults } from '../../state/evalSelectors';
import { selectEngineKind } from '../../state/modelSelectors';

export function EvalView() {
  const { results, current, init } = useEvalStore(useShallow(selectEvalResults));
  const engineKind = useModelStore(selectEngineKind);
  useEffect(() => {
    void init();
  }, [init]);
  const summary = useMemo(() => summarise(results), [results]);
  return (
    <main className="eval-layout" data-testid="eval-view">
      <aside className="eval-side">
        <SuitePicker />
        <ConfigPicker />
        <SamplingSettings />
        <EvalControls />
        <SuiteHistory />
      </aside>
      <div className="eval-main">
        {current === null && (
          <p className="muted">
            No suite has run in this browser yet. Pick tasks and configurations, then run the suite.
          </p>
        )}
        {current && (
          <>
            <ExportButtons suite={current} results={results} engine={engineKind} />
            {results.length > 0 && <SummaryTables results={results} />}
            {results.length > 0 && <RatesChart summary={summary} />}
            {results.length > 0 && <JudgeAgreementTable results={results} />}
            <TaskResultsTable
              results={results}
              configIds={current.configIds}
              onOpenTrace={(r) => void useEvalStore.getState().openTrace(r)}
            />
            {results.length > 0 && <ExternalJudgePanel results={results} />}
          </>
        )}
      </div>
    </main>
  );
}

// Run controls: run or cancel, knowledge and revision switches, and code to check without a model.
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/runStore';
import { useModelStore } from '../../state/modelStore';
import { selectRunActions, selectRunConfig, selectRunStatus } from '../../state/runSelectors';
import { selectEngine } from '../../state/modelSelectors';
import { FeedbackBar } from '../feedback/FeedbackBar';
import { CheckOwnCode } from './CheckOwnCode';

export function RunControls() {
  const { running, cancelled, kbReady: canRun, traceAborted, abortedStage } = useRunStore(useShallow(selectRunStatus));
  const { config, useProvidedCode } = useRunStore(useShallow(selectRunConfig));
  const { run, cancel, setConfig } = useRunStore(useShallow(selectRunActions));
  const engine = useModelStore(selectEngine);
  return (
    <div className="run-controls">
      <div className="row">
        {/* Run and Cancel are separate buttons, so a double-click on Run cannot land on Cancel. */}
        <button
          type="button"
          className="primary"
          disabled={!canRun || running}
          onClick={() => void run()}
          data-testid="run"
          aria-busy={running}
        >
          {running ? 'Running…' : 'Run'}
        </button>
        <button type="button" className="danger" disabled={!running} onClick={cancel} data-testid="cancel-run">
          Cancel
        </button>
        <span className="muted small" data-testid="engine-line">
          {engine
            ? `Model: ${engine.label}`
            : useProvidedCode
              ? 'No model: checking your pasted code'
              : 'No model loaded: retrieval and prompt only'}
        </span>
      </div>
      {!running && (cancelled || traceAborted) && (
        <div className="notice" role="status" data-testid="run-cancelled">
          Run cancelled{abortedStage ? ` during ${abortedStage}` : ''}: the panes show what finished before it stopped.
        </div>
      )}
      <div className="row wrap">
        <label>
          <input
            type="checkbox"
            checked={config.useKnowledge}
            onChange={(e) => setConfig({ useKnowledge: e.target.checked })}
            data-testid="toggle-knowledge"
          />{' '}
          with knowledge
        </label>
        <label>
          <input type="checkbox" checked={config.revise} onChange={(e) => setConfig({ revise: e.target.checked })} />{' '}
          revise
        </label>
        <label title="RESCUE: a quick draft of the code becomes the API facet">
          <input
            type="checkbox"
            checked={config.draftFacet}
            onChange={(e) => setConfig({ draftFacet: e.target.checked })}
          />{' '}
          draft facet
        </label>
        <label title="RESCUE: a vulnerability-cause analysis matched against CWE causes">
          <input
            type="checkbox"
            checked={config.causeFacet}
            onChange={(e) => setConfig({ causeFacet: e.target.checked })}
          />{' '}
          cause facet
        </label>
        <label title="Critique-improve rounds after revision (0 = off, at most 5)">
          critique rounds{' '}
          <input
            type="number"
            min={0}
            max={5}
            value={config.critiqueRounds}
            onChange={(e) => setConfig({ critiqueRounds: clamp(Number(e.target.value), 0, 5) })}
            data-testid="critique-rounds-input"
          />
        </label>
        <label>
          top k{' '}
          <input
            type="number"
            min={1}
            max={10}
            value={config.topK}
            onChange={(e) => setConfig({ topK: clamp(Number(e.target.value), 1, 10) })}
          />
        </label>
        <label>
          budget{' '}
          <input
            type="number"
            min={256}
            max={32768}
            step={256}
            value={config.tokenBudget}
            onChange={(e) => setConfig({ tokenBudget: clamp(Number(e.target.value), 256, 32768) })}
          />
        </label>
      </div>
      <CheckOwnCode />
      <FeedbackBar />
    </div>
  );
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.round(n))) : lo;
}

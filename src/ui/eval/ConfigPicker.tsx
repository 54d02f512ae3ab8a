// Which configurations run side by side, and the functional tests' time limit.
import { useEvalStore } from '../../state/evalStore';
import { useModelStore } from '../../state/modelStore';
import { EVAL_CONFIGS } from '../../core/evaluation/EvalConfig';
import { REFERENCE_CONFIG_ID } from '../../core/evaluation/referenceCheck';
import { useShallow } from 'zustand/react/shallow';
import { selectEvalConfig } from '../../state/evalSelectors';
import { selectEngine } from '../../state/modelSelectors';

export function ConfigPicker() {
  const { configIds, testTimeoutMs, running, toggleConfig, setTestTimeout } = useEvalStore(
    useShallow(selectEvalConfig),
  );
  const engine = useModelStore(selectEngine);
  return (
    <fieldset className="eval-box" disabled={running}>
      <legend>Configurations</legend>
      {EVAL_CONFIGS.map((c) => (
        <label key={c.id} className={`eval-config${engine ? '' : ' muted'}`}>
          <input
            type="checkbox"
            disabled={!engine}
            checked={engine ? configIds.includes(c.id) : c.id === REFERENCE_CONFIG_ID}
            onChange={() => toggleConfig(c.id)}
            data-testid={`eval-config-${c.id}`}
          />{' '}
          {c.label}
        </label>
      ))}
      <label className="row small">
        Test time limit (ms)
        <input
          type="number"
          min={100}
          step={500}
          value={testTimeoutMs}
          onChange={(e) => setTestTimeout(Number(e.target.value))}
          data-testid="eval-timeout"
        />
      </label>
      <p className="small muted" data-testid="eval-engine">
        {engine
          ? `Model: ${engine.label} (${engine.model() ?? engine.kind})`
          : 'No model loaded: each task\u2019s reference solution is checked once instead. The configurations differ only in what is sent to a model, so they are off until one is loaded; tasks without a reference solution are skipped.'}
      </p>
    </fieldset>
  );
}

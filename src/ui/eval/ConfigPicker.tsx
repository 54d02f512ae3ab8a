// Which configurations run side by side, and the functional tests' time limit.
import { useEvalStore } from '../../state/evalStore';
import { useModelStore } from '../../state/modelStore';
import { EVAL_CONFIGS } from '../../core/evaluation/EvalConfig';
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
        <label key={c.id} className="eval-config">
          <input
            type="checkbox"
            checked={configIds.includes(c.id)}
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
          : 'No model loaded: the tasks\u2019 reference solutions are checked instead.'}
      </p>
    </fieldset>
  );
}

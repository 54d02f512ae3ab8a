// Samples per task (K), temperature and seed of the next suite run: the same as eval's --samples,
// --temperature and --seed (sample i sends seed S + i; secure@k uses k = K).
import { useEvalStore } from '../../state/evalStore';
import { useModelStore } from '../../state/modelStore';
import { useShallow } from 'zustand/react/shallow';
import { selectEvalSampling } from '../../state/evalSelectors';
import { selectEngine } from '../../state/modelSelectors';

export const MAX_PAGE_SAMPLES = 100;

export function SamplingSettings() {
  const { sampling, running, setSampling } = useEvalStore(useShallow(selectEvalSampling));
  const engine = useModelStore(selectEngine);
  return (
    <fieldset className="eval-box" disabled={running || !engine}>
      <legend>Sampling</legend>
      <label className="row small">
        Samples per task (K)
        <input
          type="number"
          min={1}
          max={MAX_PAGE_SAMPLES}
          step={1}
          value={sampling.samples}
          onChange={(e) => setSampling({ samples: clampInt(e.target.value, 1, MAX_PAGE_SAMPLES, sampling.samples) })}
          data-testid="eval-samples"
        />
      </label>
      <label className="row small">
        Temperature
        <input
          type="number"
          min={0}
          max={2}
          step={0.1}
          value={sampling.temperature}
          onChange={(e) => setSampling({ temperature: clampNumber(e.target.value, 0, 2, sampling.temperature) })}
          data-testid="eval-temperature"
        />
      </label>
      <label className="row small">
        Seed
        <input
          type="number"
          step={1}
          placeholder="none"
          value={sampling.seed ?? ''}
          onChange={(e) =>
            setSampling({
              seed: e.target.value.trim() === '' ? null : clampInt(e.target.value, -(2 ** 31), 2 ** 31, 0),
            })
          }
          data-testid="eval-seed"
        />
      </label>
      {sampling.samples > 1 && sampling.temperature === 0 && (
        <p className="small notice" data-testid="eval-sampling-warning">
          At temperature 0 the {sampling.samples} samples will mostly be the same answer.
        </p>
      )}
    </fieldset>
  );
}

function clampNumber(text: string, min: number, max: number, fallback: number): number {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? fallback : Math.min(max, Math.max(min, n));
}

function clampInt(text: string, min: number, max: number, fallback: number): number {
  return Math.round(clampNumber(text, min, max, fallback));
}

// The three ways in: run a task with a model, watch a recorded run (no model, no network), check your own code.
import { useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { useModelStore } from '../../state/modelStore';
import { useRecordedStore } from '../../state/recordedStore';
import { selectEngine } from '../../state/modelSelectors';
import { useStageFocusStore } from '../../state/stageFocusStore';

type Hint = 'no-model' | null;

export function StartChoices() {
  const engine = useModelStore(selectEngine);
  const running = useRunStore((s) => s.running);
  const kbReady = useRunStore((s) => s.kb.status === 'ready');
  const recorded = useRecordedStore((s) => s.status);
  const runs = useRecordedStore((s) => s.runs);
  const [chosen, setChosen] = useState('');
  const [hint, setHint] = useState<Hint>(null);

  const runTask = () => {
    if (!engine) {
      // Without a model a run shows only retrieval and the prompt: point at the picker instead.
      setHint('no-model');
      document.querySelector<HTMLElement>('[data-testid="model-select"]')?.focus();
      return;
    }
    setHint(null);
    void useRunStore.getState().run();
  };
  const watch = () => {
    setHint(null);
    useRecordedStore.getState().open(chosen || undefined);
  };
  const checkOwnCode = () => {
    setHint(null);
    const { providedCode, setProvidedCode } = useRunStore.getState();
    setProvidedCode(providedCode, true);
    // What the user wants to see for their own code is the findings.
    useStageFocusStore.getState().focus('findings');
    // The text area is in the task panel (CheckOwnCode); it opens on this render, so focus it on the next frame.
    requestAnimationFrame(() => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="provided-code"]');
      area?.scrollIntoView({ block: 'nearest' });
      area?.focus();
    });
  };

  return (
    <div className="start-choices" role="group" aria-label="Start here">
      <button
        type="button"
        className="primary"
        onClick={runTask}
        disabled={!kbReady || running}
        data-testid="start-run"
      >
        Run a task{engine ? '' : ' (with a model)'}
      </button>
      {/* Same text and size while loading, so nothing beside it moves when the recordings arrive. */}
      <span className="start-recorded">
        <button
          type="button"
          onClick={watch}
          disabled={recorded !== 'ready'}
          title={recorded === 'ready' ? undefined : 'Loading recorded runs…'}
          data-testid="start-recorded"
        >
          Watch a recorded run
        </button>
        <select
          aria-label="Recorded run to watch"
          value={chosen || runs[0]?.id || ''}
          onChange={(e) => setChosen(e.target.value)}
          disabled={recorded !== 'ready'}
          data-testid="recorded-select"
        >
          {runs.length === 0 && <option value="">{recorded === 'error' ? 'unavailable' : 'loading…'}</option>}
          {runs.map((r) => (
            <option key={r.id} value={r.id} title={r.summary}>
              {r.title} ({r.language}, recorded)
            </option>
          ))}
        </select>
      </span>
      <button type="button" onClick={checkOwnCode} disabled={!kbReady} data-testid="start-own-code">
        Check my own code
      </button>
      {recorded === 'error' && (
        <span className="muted small" data-testid="recorded-error">
          Recorded runs could not be loaded.
        </span>
      )}
      {hint === 'no-model' && (
        <span className="notice small" role="status" data-testid="start-hint">
          No model is loaded: pick one in the model picker (top right) and press Load (it needs WebGPU), or watch a
          recorded run.
        </span>
      )}
    </div>
  );
}

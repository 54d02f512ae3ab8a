// Where the model runs: WebLLM in this browser, or an OpenAI-compatible server the user names (docs/local-server.md).
import { useModelStore } from '../../state/modelStore';
import type { EngineSource } from '../../state/modelStore';

const SOURCES: [EngineSource, string][] = [
  ['webgpu', 'In this browser (WebGPU)'],
  ['server', 'A model server on this machine'],
];

export function EngineSourceSwitch() {
  const source = useModelStore((s) => s.source);
  const busy = useModelStore((s) => s.loadState.status === 'loading');
  return (
    <fieldset className="mp-source" data-testid="engine-source">
      <legend>Run the model</legend>
      {SOURCES.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name="engine-source"
            value={value}
            checked={source === value}
            disabled={busy}
            data-testid={`engine-source-${value}`}
            onChange={() => useModelStore.getState().setSource(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

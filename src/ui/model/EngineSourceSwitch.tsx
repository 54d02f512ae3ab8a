// Where the model runs: WebLLM in this browser, or an OpenAI-compatible server the user names (docs/local-server.md).
import { useModelStore } from '../../state/modelStore';
import type { EngineSource } from '../../state/modelStore';

// Short labels keep the header one line; the title says the whole of it.
const SOURCES: [EngineSource, string, string][] = [
  ['webgpu', 'This browser', 'Run the model in this browser (WebLLM on WebGPU)'],
  ['server', 'Local server', 'Use a model server on this machine (Ollama, llama.cpp, LM Studio, vLLM)'],
];

export function EngineSourceSwitch() {
  const source = useModelStore((s) => s.source);
  const busy = useModelStore((s) => s.loadState.status === 'loading');
  return (
    <fieldset className="mp-source" data-testid="engine-source">
      <legend>Run the model</legend>
      {SOURCES.map(([value, label, title]) => (
        <label key={value} title={title}>
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

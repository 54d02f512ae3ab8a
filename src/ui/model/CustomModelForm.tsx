// Self-hosted model form: weights folder and compiled model_lib URLs, made absolute from the page origin.
import { useState, type FormEvent } from 'react';
import { useModelStore } from '../../state/modelStore';
import type { ErrorRecord } from '../../core/errors';
import { selectModelBusy } from '../../state/modelSelectors';

export function CustomModelForm() {
  const [modelUrl, setModelUrl] = useState('');
  const [modelLibUrl, setModelLibUrl] = useState('');
  const [problem, setProblem] = useState<ErrorRecord | null>(null);
  const busy = useModelStore(selectModelBusy);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error = useModelStore.getState().setCustom({ modelUrl, modelLibUrl });
    setProblem(error);
    if (!error) void useModelStore.getState().load();
  };

  return (
    <form className="mp-custom" onSubmit={submit} data-testid="custom-model-form">
      <label>
        Model folder URL
        <input
          value={modelUrl}
          onChange={(e) => setModelUrl(e.target.value)}
          placeholder="/models/my-model/ or https://…"
          data-testid="custom-model-url"
        />
      </label>
      <label>
        model_lib (.wasm) URL
        <input
          value={modelLibUrl}
          onChange={(e) => setModelLibUrl(e.target.value)}
          placeholder="/models/my-model/lib-webgpu.wasm"
          data-testid="custom-model-lib"
        />
      </label>
      <button type="submit" disabled={busy} data-testid="custom-model-load">
        Load custom model
      </button>
      {problem && (
        <span className="mp-error" role="alert">
          {problem.message} {problem.hint}
        </span>
      )}
      <small>The folder must hold mlc-chat-config.json, tensor-cache.json and the shards under resolve/main/.</small>
    </form>
  );
}

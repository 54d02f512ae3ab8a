// The model-server source: address, optional API key, the server's model list and what went wrong.
// Nothing is sent until "Connect"; a host other than this machine needs a second, explicit yes.
import type { FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLocalServerStore } from '../../state/localServerStore';

const KNOWN_SERVERS = 'Ollama :11434 · llama.cpp llama-server :8080 · LM Studio :1234 · vLLM :8000 (all under /v1)';

export function LocalServerForm() {
  const s = useLocalServerStore(useShallow((state) => ({ ...state })));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void s.connect();
  };
  return (
    <form className="mp-server" onSubmit={submit} data-testid="server-form">
      <label>
        Server address
        <input
          value={s.baseUrl}
          onChange={(e) => s.setBaseUrl(e.target.value)}
          spellCheck={false}
          data-testid="server-url"
        />
      </label>
      <label>
        API key (optional)
        <input
          type="password"
          autoComplete="off"
          value={s.apiKey}
          onChange={(e) => s.setApiKey(e.target.value)}
          data-testid="server-key"
        />
      </label>
      <label className="mp-inline">
        <input
          type="checkbox"
          checked={s.rememberKey}
          onChange={(e) => s.setRememberKey(e.target.checked)}
          data-testid="server-remember"
        />
        Remember the key in this browser
      </label>
      <button type="submit" disabled={s.status === 'listing'} data-testid="server-connect">
        {s.status === 'listing' ? 'Connecting…' : 'Connect'}
      </button>
      {s.confirmHost && (
        <div className="mp-error" role="alert" data-testid="server-confirm">
          <strong>{s.confirmHost} is not this machine.</strong> Your prompts and code would be sent to it.
          <button type="button" data-testid="server-confirm-yes" onClick={() => void s.connect(true)}>
            Send to {s.confirmHost}
          </button>
        </div>
      )}
      {s.status === 'listed' && s.models.length > 0 && (
        <label>
          Model
          <select value={s.model ?? ''} onChange={(e) => s.chooseModel(e.target.value)} data-testid="server-model">
            {s.models.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
      )}
      {s.status === 'listed' && s.models.length === 0 && (
        <p className="mp-error" role="alert" data-testid="server-no-models">
          The server lists no models. Load or pull one first (e.g. ollama pull qwen2.5-coder:1.5b).
        </p>
      )}
      {s.error && (
        <div className="mp-error" role="alert" data-testid="server-error" data-code={s.error.code}>
          <strong>{s.error.message}</strong> {s.error.hint}
          {s.error.detail && <small className="mp-detail">{s.error.detail}</small>}
        </div>
      )}
      <small>{KNOWN_SERVERS}</small>
    </form>
  );
}

// Loads a user knowledge base file beside the built-in one (validated in the core worker), shows
// what is installed, and removes it again.
import { useUserKbStore } from '../../state/userKbStore';
import './buildkb.css';
import { useShallow } from 'zustand/react/shallow';
import { selectKbLoader } from '../../state/userKbSelectors';

export function UserKbLoader() {
  const { installed, step, install, clear, error, message } = useUserKbStore(useShallow(selectKbLoader));
  return (
    <fieldset className="buildkb-box" data-testid="user-kb-loader">
      <legend>User knowledge base</legend>
      {installed ? (
        <p data-testid="user-kb-installed">
          Loaded <strong>{installed.name}</strong> ({installed.version}): {installed.cwes} CWEs, {installed.examples}{' '}
          examples, {installed.guidelines} guidelines.
        </p>
      ) : (
        <p className="muted small">
          Only the built-in knowledge base is searched. Load a user KB file (from <code>kb ingest</code> or the build
          page) to search both.
        </p>
      )}
      <label className="buildkb-file">
        Load a user KB file…
        <input
          type="file"
          accept=".json,application/json"
          disabled={step !== 'idle'}
          data-testid="user-kb-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(install);
            e.target.value = '';
          }}
        />
      </label>
      {installed && (
        <button type="button" onClick={() => void clear()} data-testid="user-kb-clear">
          Remove
        </button>
      )}
      {step === 'loading' && <p className="muted">Validating and indexing…</p>}
      {error && (
        <p className="error" role="alert" data-testid="user-kb-error">
          {error.message}
          {error.detail && ` ${error.detail}`}
          {error.hint && ` ${error.hint}`}
        </p>
      )}
      {!error && message && (
        <p className="small" data-testid="user-kb-message">
          {message}
        </p>
      )}
    </fieldset>
  );
}

// The picker's load error: the message and next step, plus the buttons that act on it (download anyway
// after the storage check, load again or a smaller model after the GPU ran out of memory or was lost).
import { useState } from 'react';
import { findCatalogModel, useModelStore, type LoadState } from '../../state/modelStore';

export function ModelLoadError({ state }: { state: Extract<LoadState, { status: 'error' }> }) {
  const { error, smaller } = state;
  const actions = useModelStore.getState();
  const smallerLabel = smaller ? (findCatalogModel(smaller)?.family ?? smaller) : null;
  // The message opens below the header over the page; it can be put away and shown again (a new load replaces it).
  const [hidden, setHidden] = useState(false);
  if (hidden)
    return (
      <button
        type="button"
        className="mp-link mp-error-show"
        data-testid="model-error-show"
        onClick={() => setHidden(false)}
      >
        Load failed: show why
      </button>
    );
  return (
    <div className="mp-error" role="alert" data-testid="model-error" data-code={error.code}>
      <button
        type="button"
        className="mp-link mp-error-close"
        aria-label="Hide this message"
        data-testid="model-error-hide"
        onClick={() => setHidden(true)}
      >
        ×
      </button>
      <strong>{error.message}</strong> {error.hint}
      {error.detail && <small className="mp-detail">{error.detail}</small>}
      {state.beforeDownload && (
        <button
          type="button"
          data-testid="model-load-anyway"
          onClick={() => void actions.load({ ignoreStorage: true })}
        >
          Download anyway
        </button>
      )}
      {error.code === 'MODEL_OUT_OF_MEMORY' && (
        <button type="button" data-testid="model-reload" onClick={() => void actions.load()}>
          Load the model again
        </button>
      )}
      {smaller && (
        <button
          type="button"
          data-testid="model-load-smaller"
          onClick={() => {
            actions.select(smaller);
            void actions.load();
          }}
        >
          Load {smallerLabel} instead
        </button>
      )}
    </div>
  );
}

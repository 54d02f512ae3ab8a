// The header's model picker: choose a model, load or cancel, see progress, cache state, errors and WebGPU status.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useModelStore } from '../../state/modelStore';
import { selectModelActions, selectModelPicker } from '../../state/modelSelectors';
import { formatMegabytes } from './formatMegabytes';
import { LoadProgressBar } from './LoadProgressBar';
import { ModelDetails } from './ModelDetails';
import { ModelLoadError } from './ModelLoadError';
import { WebGpuStatusLine } from './WebGpuStatusLine';
import { EngineSourceSwitch } from './EngineSourceSwitch';
import { LocalServerForm } from './LocalServerForm';
import { usePrefetchStore } from '../../state/prefetchStore';
import './modelPicker.css';

export function ModelPicker() {
  const s = { ...useModelStore(useShallow(selectModelPicker)), ...useModelStore(useShallow(selectModelActions)) };
  const prefetching = usePrefetchStore((p) => p.state.status === 'downloading');
  const [detailsOpen, setDetailsOpen] = useState(false);
  if (s.override) {
    return (
      <div className="mp" data-testid="model-picker">
        <span className="mp-override" data-testid="model-override">
          Engine: {s.override.label}
        </span>
      </div>
    );
  }
  if (s.source === 'server') {
    return (
      <div className="mp" data-testid="model-picker">
        <EngineSourceSwitch />
        {/* An overlay like Model Details, open at first, so the form never makes the header taller. */}
        <details className="mp-details" open data-testid="server-details">
          <summary>Server</summary>
          <div className="mp-popover">
            <LocalServerForm />
          </div>
        </details>
        {s.loadState.status === 'ready' && (
          <span className="mp-ready" data-testid="model-ready">
            Ready: {s.loadState.modelId} (model server)
          </span>
        )}
      </div>
    );
  }
  const gpuOk = s.webgpuOk;
  const loading = s.loadState.status === 'loading';
  const selected = s.selectedId;
  const cached = selected ? s.cached[selected] === true : false;
  const groups = [
    ['coder', 'Code models'],
    ['general', 'General models'],
  ] as const;

  return (
    <div className="mp" data-testid="model-picker">
      {/* Without WebGPU a model server is the way to generate, so the switch stays in sight; else it is in Details. */}
      {!gpuOk && <EngineSourceSwitch />}
      <div className="mp-row">
        <select
          data-testid="model-select"
          aria-label="Model"
          value={selected ?? ''}
          disabled={!gpuOk || loading}
          onChange={(e) => s.select(e.target.value)}
        >
          {groups.map(([group, label]) => (
            <optgroup key={group} label={label}>
              {s.catalog
                .filter((m) => m.group === group)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.family} {m.quantization} · ~{formatMegabytes(m.downloadMB)} download ·{' '}
                    {formatMegabytes(m.vramMB)} GPU
                    {s.cached[m.id] ? ' · cached' : ''}
                  </option>
                ))}
            </optgroup>
          ))}
          {s.custom && <option value={s.custom.model_id}>{s.custom.model_id} (custom)</option>}
          {s.diskModels.map((m) => (
            <option key={m.model_id} value={m.model_id}>
              {m.model_id.slice('disk:'.length)} (from disk){s.cached[m.model_id] ? ' · cached' : ''}
            </option>
          ))}
        </select>
        {loading ? (
          <button type="button" data-testid="model-cancel" onClick={() => void s.cancelLoad()}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            data-testid="model-load"
            disabled={!gpuOk || !selected || prefetching}
            onClick={() => void s.load()}
          >
            {s.loadState.status === 'ready' && s.loadState.modelId === selected ? 'Reload' : 'Load'}
          </button>
        )}
        {cached && !loading && (
          <span className="mp-cached" data-testid="model-cached">
            cached
            <button
              type="button"
              className="mp-link"
              data-testid="model-delete"
              title="Delete this model from the browser cache"
              onClick={() => selected && void s.deleteCached(selected)}
            >
              delete
            </button>
          </span>
        )}
        {s.loadState.status === 'ready' && (
          <span className="mp-ready" data-testid="model-ready">
            Ready: {s.loadState.modelId}
          </span>
        )}
      </div>
      {s.loadState.status === 'loading' && <LoadProgressBar progress={s.loadState.progress} />}
      {/* With Model Details open the error is the overlay's first part, not a second overlay on top of it. */}
      {s.loadState.status === 'error' && !(gpuOk && detailsOpen) && <ModelLoadError state={s.loadState} />}
      <WebGpuStatusLine />
      {gpuOk && (
        <ModelDetails
          onOpenChange={setDetailsOpen}
          notice={s.loadState.status === 'error' && <ModelLoadError state={s.loadState} />}
        />
      )}
    </div>
  );
}

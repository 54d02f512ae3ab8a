// The expandable part of the picker: the selected model's numbers, browser storage, cache control and a custom model.
import type { ReactNode } from 'react';
import { findCatalogModel, useModelStore } from '../../state/modelStore';
import { formatMegabytes } from './formatMegabytes';
import { CustomModelForm } from './CustomModelForm';
import { DiskModelForm } from './DiskModelForm';
import { PrefetchControls } from './PrefetchControls';
import { EngineSourceSwitch } from './EngineSourceSwitch';
import { useShallow } from 'zustand/react/shallow';
import { selectModelDetails } from '../../state/modelSelectors';

interface ModelDetailsProps {
  /** Told when the details open or close, so the picker can move its load error into the overlay. */
  onOpenChange?: (open: boolean) => void;
  /** Shown first in the overlay (the load error while the details are open: two overlays would cover each other). */
  notice?: ReactNode;
}

export function ModelDetails({ onOpenChange, notice }: ModelDetailsProps = {}) {
  const { selectedId, storage, custom } = useModelStore(useShallow(selectModelDetails));
  const model = selectedId ? findCatalogModel(selectedId) : undefined;
  const cached = useModelStore((s) => (selectedId ? s.cached[selectedId] === true : false));
  const loading = useModelStore((s) => s.loadState.status === 'loading');

  return (
    <details
      className="mp-details"
      data-testid="model-details"
      onToggle={(e) => {
        onOpenChange?.(e.currentTarget.open);
        if (e.currentTarget.open)
          void useModelStore
            .getState()
            .refreshCached()
            .catch(() => undefined);
      }}
    >
      <summary>Details</summary>
      {/* An overlay below the header, so opening the details never makes the header taller. */}
      <div className="mp-popover" data-testid="model-details-popover">
        {notice}
        {/* Where the model runs; in the details so the header stays one line (server mode shows it in the header). */}
        <EngineSourceSwitch />
        {model && (
          <dl className="mp-facts">
            <dt>Model</dt>
            <dd>{model.id}</dd>
            <dt>Download</dt>
            <dd>about {formatMegabytes(model.downloadMB)} (once; cached by the browser)</dd>
            <dt>GPU memory</dt>
            <dd>
              {formatMegabytes(model.vramMB)}
              {model.lowResource ? ' · fits low-end GPUs' : ''}
            </dd>
            <dt>Context</dt>
            <dd>{model.contextWindow} tokens</dd>
          </dl>
        )}
        {!model && custom && selectedId === custom.model_id && (
          <dl className="mp-facts">
            <dt>Custom model</dt>
            <dd>{custom.model}</dd>
            <dt>model_lib</dt>
            <dd>{custom.model_lib}</dd>
          </dl>
        )}
        {!model && selectedId?.startsWith('disk:') && (
          <dl className="mp-facts">
            <dt>From disk</dt>
            <dd>{selectedId.slice('disk:'.length)} (copied into this browser; works offline)</dd>
          </dl>
        )}
        {storage && storage.usageMB !== null && storage.quotaMB !== null && (
          <p className="mp-storage" data-testid="model-storage">
            {/* A fresh profile uses under a megabyte: that is known, so it is said rather than shown as "?". */}
            Browser storage: {storage.usageMB < 1 ? 'under 1 MB' : formatMegabytes(storage.usageMB)} used of{' '}
            {formatMegabytes(storage.quotaMB)}
            {storage.persisted ? ' · persistent' : ' · may be evicted under pressure'}
          </p>
        )}
        {storage && !storage.persisted && (
          <button
            type="button"
            className="mp-link"
            data-testid="model-persist"
            title="Ask the browser not to evict downloaded models when disk space runs low"
            onClick={() => void useModelStore.getState().persistStorage()}
          >
            Keep downloaded models (persistent storage)
          </button>
        )}
        {/* Inside the details, so the header stays one line; a download in progress shows here too. */}
        {!loading && <PrefetchControls modelId={selectedId} cached={cached} />}
        <CustomModelForm />
        <DiskModelForm />
      </div>
    </details>
  );
}

// "Load a model from disk": pick a compiled MLC model folder (the directory picker where the browser has one,
// else a folder file input); the store checks it, copies it into the browser cache and loads it.
import { useShallow } from 'zustand/react/shallow';
import { useDiskModelStore, type DirectoryHandleLike } from '../../state/diskModelStore';
import { useModelStore } from '../../state/modelStore';
import { selectModelBusy } from '../../state/modelSelectors';

type PickerWindow = Window & { showDirectoryPicker?: (options?: { mode?: 'read' }) => Promise<DirectoryHandleLike> };

export function DiskModelForm() {
  const s = useDiskModelStore(useShallow((state) => ({ ...state })));
  const busy = useModelStore(selectModelBusy) || s.status === 'copying';
  const picker = (window as PickerWindow).showDirectoryPicker;
  const pick = async () => {
    const handle = await picker?.call(window, { mode: 'read' }).catch(() => null); // null: the user cancelled
    if (handle) await s.fromHandle(handle);
  };
  return (
    <div className="mp-custom" data-testid="disk-model-form">
      <span>Model folder on this computer (e.g. from a USB stick):</span>
      {picker ? (
        <button type="button" disabled={busy} onClick={() => void pick()} data-testid="disk-model-pick">
          Choose a model folder…
        </button>
      ) : (
        <input
          type="file"
          multiple
          // React types lack webkitdirectory; the attribute is set as a plain string.
          {...{ webkitdirectory: '' }}
          disabled={busy}
          aria-label="Model folder"
          data-testid="disk-model-input"
          onChange={(e) => {
            if (e.target.files?.length) void s.fromFileList(e.target.files);
            e.target.value = '';
          }}
        />
      )}
      {s.status === 'copying' && (
        <progress max={1} value={s.progress} data-testid="disk-model-progress" aria-label="Copying the model" />
      )}
      {s.error && (
        <span className="mp-error" role="alert" data-testid="disk-model-error" data-code={s.error.code}>
          <strong>{s.error.message}</strong> {s.error.hint}
          {s.error.detail && <small className="mp-detail">{s.error.detail}</small>}
        </span>
      )}
      <small>
        A compiled MLC model: mlc-chat-config.json, tensor-cache.json, tokenizer files, params_shard_*.bin and its
        WebGPU library (.wasm) in one folder. It is copied into the browser and works offline afterwards.
      </small>
    </div>
  );
}

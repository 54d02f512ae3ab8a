// "Download for later" beside Load: fetch the selected model into the browser cache now, load it later
// (or offline). Progress, cancel, and what happened; a second try resumes where the first stopped.
import { useModelStore } from '../../state/modelStore';
import { usePrefetchStore } from '../../state/prefetchStore';
import { selectModelBusy } from '../../state/modelSelectors';
import { LoadProgressBar } from './LoadProgressBar';

export function PrefetchControls({ modelId, cached }: { modelId: string | null; cached: boolean }) {
  const state = usePrefetchStore((s) => s.state);
  const loading = useModelStore(selectModelBusy);
  const { prefetch, cancel } = usePrefetchStore.getState();
  const mine = state.status !== 'idle' && state.modelId === modelId;
  return (
    <div className="mp-row" data-testid="prefetch" data-status={mine ? state.status : 'idle'}>
      {state.status === 'downloading' ? (
        <>
          <LoadProgressBar progress={state.progress} />
          <button type="button" data-testid="prefetch-cancel" onClick={() => void cancel()}>
            Stop download
          </button>
        </>
      ) : (
        <button
          type="button"
          className="mp-link"
          data-testid="prefetch-start"
          disabled={!modelId || loading || cached}
          title="Fetch the model into the browser now without loading it onto the GPU; load it later, even offline"
          onClick={() => modelId && void prefetch(modelId)}
        >
          Download for later
        </button>
      )}
      {mine && state.status === 'done' && <span className="mp-ready">Downloaded: load it any time, even offline.</span>}
      {mine && state.status === 'cancelled' && (
        <span data-testid="prefetch-cancelled">
          Stopped. The shards already downloaded are kept; download again to resume.
        </span>
      )}
      {mine && state.status === 'error' && (
        <span className="mp-error" role="alert" data-testid="prefetch-error" data-code={state.error.code}>
          {state.error.message} {state.error.hint}
        </span>
      )}
    </div>
  );
}

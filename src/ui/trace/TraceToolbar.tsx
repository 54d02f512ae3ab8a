// The trace toolbar: export, import, share link and replay of the run on screen, with a status
// line for what succeeded (a refused import leaves the run untouched and shows in the NoticeBanner).
import { useRef } from 'react';
import { useRunStore } from '../../state/runStore';
import { useTraceStore } from '../../state/traceStore';
import { downloadText } from './downloadText';
import { ReplayBanner } from './ReplayBanner';
import './trace.css';
import { useShallow } from 'zustand/react/shallow';
import { selectShownRun } from '../../state/runSelectors';
import { selectTraceActions, selectTraceMessages } from '../../state/traceSelectors';

const SPEEDS = [1, 2, 4, 10];

export function TraceToolbar() {
  const { trace, running } = useRunStore(useShallow(selectShownRun));
  const { message, shareLink, speed } = useTraceStore(useShallow(selectTraceMessages));
  const { setSpeed, importFile, exportFile, makeShareLink, replay } = useTraceStore(useShallow(selectTraceActions));
  const input = useRef<HTMLInputElement>(null);
  const ready = trace !== null && !running;

  const onExport = async () => {
    const file = trace && (await exportFile(trace));
    if (file) downloadText(file.name, file.text);
  };
  const onShare = async () => {
    const link = trace && (await makeShareLink(trace, location.href));
    // The link is also shown below, so a refused clipboard (permissions) loses nothing.
    if (link) await navigator.clipboard?.writeText(link).catch(() => undefined);
  };

  return (
    <div className="trace-bar" data-testid="trace-toolbar">
      <div className="trace-row">
        <span className="trace-id" data-testid="trace-id">
          {trace ? `Trace ${trace.runId}` : 'No trace yet'}
        </span>
        <button type="button" disabled={!ready} onClick={() => void onExport()} data-testid="trace-export">
          Export
        </button>
        <button type="button" onClick={() => input.current?.click()} data-testid="trace-import-button">
          Import…
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="trace-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" disabled={!ready} onClick={() => void onShare()} data-testid="trace-share">
          Copy share link
        </button>
        <button type="button" disabled={!ready} onClick={() => trace && void replay(trace)} data-testid="trace-replay">
          Replay
        </button>
        <label className="trace-speed">
          speed
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="replay-speed">
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <ReplayBanner floating />
      {message && (
        <div
          className={`trace-message ${message.kind}`}
          role="status"
          data-testid="trace-message"
          data-kind={message.kind}
        >
          {message.text}
          {message.hint && <span className="trace-hint"> {message.hint}</span>}
        </div>
      )}
      {shareLink && (
        <input
          className="trace-link"
          readOnly
          value={shareLink}
          aria-label="Share link"
          data-testid="share-link"
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}

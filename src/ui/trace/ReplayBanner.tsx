// The label that says a replay is on screen: recorded model answers played back, not a live model.
import { useRunStore } from '../../state/runStore';
import { useTraceStore } from '../../state/traceStore';
import './trace.css';
import { useShallow } from 'zustand/react/shallow';
import { selectReplay } from '../../state/runSelectors';
import { selectReplaySpeed } from '../../state/traceSelectors';

/** floating: pinned to the foot of the window, so the label stays in view whatever is scrolled. */
export function ReplayBanner({ floating = false }: { floating?: boolean }) {
  const { replayOf, running, engine } = useRunStore(useShallow(selectReplay));
  const speed = useTraceStore(selectReplaySpeed);
  const source = replayOf ?? (engine?.kind === 'replay' ? engine.label.replace(/^Replay of /, '') : null);
  if (!source) return null;
  return (
    <div className={`trace-replay-banner${floating ? ' floating' : ''}`} role="status" data-testid="replay-banner">
      <strong>Replay</strong> of recorded run <code>{source}</code>
      {running
        ? ` — playing the recorded model output at ${speed}× its recorded pace`
        : ' — played back from a recording'}
      ; no live model is answering.
    </div>
  );
}

// The frame around a stage pane: title, stage status and timing, and the generic rendering of a
// stage that failed or was skipped (its error record or reason), so panes only render outputs.
import { useState } from 'react';
import type { RunTrace } from '../../core/trace';
import { stageEntry } from '../../core/trace';
import type { PaneSpec } from './paneRegistry';
import { LiveOutput } from './OutputPane';

export interface PaneFrameProps {
  spec: PaneSpec;
  trace: RunTrace | null;
  running: boolean;
}

export function PaneFrame({ spec, trace, running }: PaneFrameProps) {
  const [wide, setWide] = useState(false);
  const entry = trace ? stageEntry(trace, spec.stage) : undefined;
  const status = entry ? entry.status : running ? 'pending' : 'idle';
  return (
    // tabIndex -1: the row of stages focuses a pane when its stage is clicked (keyboard users land there too).
    <section
      className={`pane ${wide ? 'wide' : ''}`}
      data-testid={`pane-${spec.id}`}
      data-status={status}
      tabIndex={-1}
    >
      <header className="pane-head">
        <h2>{spec.title}</h2>
        <span className={`status ${status}`}>
          {status}
          {entry && entry.status !== 'skipped' ? ` · ${entry.ms.toFixed(1)} ms` : ''}
        </span>
        <button type="button" className="icon" title={wide ? 'Restore' : 'Widen'} onClick={() => setWide(!wide)}>
          {wide ? '⤡' : '⤢'}
        </button>
      </header>
      <div className="pane-body">
        {!trace && !running && <div className="muted">Run a task to see this stage.</div>}
        {!entry && running && spec.stage === 'generation' && <LiveOutput />}
        {!entry && running && spec.stage !== 'generation' && <div className="muted">Waiting…</div>}
        {entry?.status === 'skipped' && (
          <div className="notice" data-testid={`skipped-${spec.id}`}>
            Skipped: {entry.reason}
          </div>
        )}
        {entry?.status === 'error' && (
          <div className="notice error" role="alert">
            <strong>{entry.error.message}</strong>
            {entry.error.hint && <div>{entry.error.hint}</div>}
            {entry.error.detail && <div className="muted small">{entry.error.detail}</div>}
          </div>
        )}
        {entry?.status === 'ok' && trace && <spec.Component output={entry.output} trace={trace} />}
      </div>
    </section>
  );
}

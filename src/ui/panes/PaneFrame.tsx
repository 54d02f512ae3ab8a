// The frame around a stage pane: title, stage status and timing, and the generic rendering of a
// stage that failed or was skipped (its error record or reason), so panes only render outputs.
import type { RunTrace } from '../../core/trace';
import { stageEntry } from '../../core/trace';
import type { PaneSpec } from './paneRegistry';
import { LiveOutput } from './OutputPane';

export interface PaneFrameProps {
  spec: PaneSpec;
  trace: RunTrace | null;
  running: boolean;
  /** 'focus': the large pane of the playground; 'rail': a compact card beside it; 'single': the presenter's. */
  placement?: 'focus' | 'rail' | 'single';
  /** In the rail: brings this stage into the large pane. */
  onShowLarge?: () => void;
}

export function PaneFrame({ spec, trace, running, placement = 'single', onShowLarge }: PaneFrameProps) {
  const entry = trace ? stageEntry(trace, spec.stage) : undefined;
  const status = entry ? entry.status : running ? 'pending' : 'idle';
  const timing = entry && entry.status !== 'skipped' ? ` · ${entry.ms.toFixed(1)} ms` : '';
  return (
    // tabIndex -1: the row of stages focuses a pane when its stage is clicked (keyboard users land there too).
    <section
      className={`pane pane-${placement}`}
      data-testid={`pane-${spec.id}`}
      data-status={status}
      data-placement={placement}
      tabIndex={-1}
    >
      <header className="pane-head">
        <h2>
          {onShowLarge ? (
            <button
              type="button"
              className="pane-show-large"
              onClick={onShowLarge}
              title={`Show ${spec.title} in the large pane`}
              data-testid={`rail-${spec.id}`}
            >
              {spec.title}
            </button>
          ) : (
            spec.title
          )}
        </h2>
        <span className={`status ${status}`}>
          {status}
          {timing}
        </span>
      </header>
      {/* Focusable, so a keyboard can scroll a pane whose content has no control of its own (axe). */}
      <div className="pane-body" tabIndex={0} role="region" aria-label={`${spec.title} content`}>
        {!trace && !running && <div className="muted">Run a task to see this stage.</div>}
        {!entry && running && spec.stage === 'generation' && <LiveOutput />}
        {!entry && running && spec.stage !== 'generation' && <div className="muted">Waiting…</div>}
        {entry?.status === 'skipped' && (
          <div className="notice" data-testid={`skipped-${spec.id}`}>
            Skipped: {entry.reason}
          </div>
        )}
        {entry?.status === 'error' && (
          <div className="notice error" role="alert" data-testid={`error-${spec.id}`} data-code={entry.error.code}>
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

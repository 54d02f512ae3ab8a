// Presenter mode: one stage of the current run at a time, in large type, with keyboard and
// on-screen navigation, deep links (?view=presenter&task=<id>&stage=<stage>) and full screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/runStore';
import { useViewStore } from '../../state/viewStore';
import { selectRunActions, selectRunStatus, selectShownRun, selectTasks } from '../../state/runSelectors';
import { selectOpenView } from '../../state/viewSelectors';
import { PANES } from '../panes/paneRegistry';
import { PaneFrame } from '../panes/PaneFrame';
import { ReplayBanner } from '../trace/ReplayBanner';
import { RecordedBanner } from '../story/RecordedBanner';
import { FullscreenButton } from './FullscreenButton';
import { moveStep, stepIndex, type StepMove } from './presenterSteps';
import { usePresenterKeys } from './usePresenterKeys';
import './presenter.css';

export default function PresenterView() {
  const { trace, running } = useRunStore(useShallow(selectShownRun));
  const tasks = useRunStore(selectTasks);
  const { kbReady } = useRunStore(useShallow(selectRunStatus));
  const { run } = useRunStore(useShallow(selectRunActions));
  const open = useViewStore(selectOpenView);
  const params = new URLSearchParams(location.search);
  const taskParam = params.get('task');
  const [index, setIndex] = useState(() => stepIndex(PANES, params.get('stage')));
  const root = useRef<HTMLDivElement>(null);
  const move = useCallback((m: StepMove) => setIndex((i) => moveStep(i, m, PANES.length)), []);
  usePresenterKeys(move);
  const spec = PANES[index] ?? PANES[0]!;

  // The URL always names the stage on screen, so copying it gives a deep link to this slide.
  useEffect(() => {
    const url = new URL(location.href);
    url.searchParams.set('stage', spec.stage);
    history.replaceState(null, '', url);
  }, [spec.stage]);

  const linked = tasks.find((t) => t.id === taskParam);
  const offerRun = linked && !running && trace?.task.id !== linked.id;
  return (
    <div className="presenter" ref={root} data-testid="presenter">
      <header className="presenter-bar">
        <span className="presenter-task" data-testid="presenter-task">
          {trace ? (trace.task.title ?? trace.task.id) : (linked?.title ?? 'No run yet')}
        </span>
        <span className="presenter-step" data-testid="presenter-step">
          {index + 1} / {PANES.length} · {spec.title}
        </span>
        <button
          type="button"
          onClick={() => move('previous')}
          disabled={index === 0}
          data-testid="presenter-prev"
          aria-label="Previous stage"
        >
          ◀ Previous
        </button>
        <button
          type="button"
          onClick={() => move('next')}
          disabled={index === PANES.length - 1}
          data-testid="presenter-next"
          aria-label="Next stage"
        >
          Next ▶
        </button>
        <FullscreenButton target={root} />
        <button type="button" onClick={() => open('playground')} data-testid="presenter-exit">
          Exit
        </button>
      </header>
      <ReplayBanner />
      <RecordedBanner />
      {offerRun && (
        <div className="presenter-offer">
          <button
            type="button"
            className="primary"
            disabled={!kbReady}
            onClick={() => void run()}
            data-testid="presenter-run"
          >
            Run “{linked.title ?? linked.id}”
          </button>
        </div>
      )}
      {!trace && !running && !offerRun && (
        <div className="presenter-offer muted">
          Run a task or import a trace in the playground, then come back here.
        </div>
      )}
      <div className="presenter-stage" data-testid={`presenter-stage-${spec.stage}`}>
        <PaneFrame key={spec.id} spec={spec} trace={trace} running={running} />
      </div>
      <nav className="presenter-dots" aria-label="Stages">
        {PANES.map((p, i) => (
          <button
            key={p.id}
            type="button"
            className={i === index ? 'active' : ''}
            onClick={() => setIndex(i)}
            aria-current={i === index ? 'step' : undefined}
            data-testid={`presenter-dot-${p.id}`}
          >
            {p.title}
          </button>
        ))}
      </nav>
    </div>
  );
}

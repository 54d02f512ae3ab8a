// The pipeline as a row of stages (from the core's PIPELINE) that light up as a run proceeds; a click
// brings that stage's pane into view.
import { Fragment } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/runStore';
import { selectShownRun } from '../../state/runSelectors';
import { stageRow, type StageRowStatus } from '../../core/stageRow';
import { showStagePane } from './showStagePane';

/** Said by more than colour: every status has its own mark (and the word in the tooltip). */
const MARK: Record<StageRowStatus, string> = {
  idle: '○',
  pending: '○',
  running: '◐',
  ok: '●',
  skipped: '–',
  error: '✕',
};

export function StageRow() {
  const { trace, running } = useRunStore(useShallow(selectShownRun));
  const nodes = stageRow(trace, running);
  return (
    <ol className="stage-row" aria-label="Pipeline stages" data-testid="stage-row">
      {nodes.map((node, i) => (
        <Fragment key={node.id}>
          {i > 0 && (
            <li className="stage-arrow" aria-hidden="true">
              →
            </li>
          )}
          <li>
            <button
              type="button"
              className={`stage-node ${node.status}`}
              data-testid={`stage-node-${node.id}`}
              data-status={node.status}
              aria-current={node.status === 'running' ? 'step' : undefined}
              title={`${node.label}: ${node.status}${node.note ? ` (${node.note})` : ''}. Click to show its pane.`}
              onClick={() => showStagePane(node.id)}
            >
              <span className="stage-mark" aria-hidden="true">
                {MARK[node.status]}
              </span>
              {node.label}
              <span className="visually-hidden"> ({node.status})</span>
            </button>
          </li>
        </Fragment>
      ))}
    </ol>
  );
}

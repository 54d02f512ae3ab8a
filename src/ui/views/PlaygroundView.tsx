// The playground: the first screen's story (starts, row of stages), the task panel and one pane per stage.
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/runStore';
import { selectShownRun } from '../../state/runSelectors';
import { TaskGallery } from '../task/TaskGallery';
import { TaskEditor } from '../task/TaskEditor';
import { RunControls } from '../task/RunControls';
import { TraceToolbar } from '../trace/TraceToolbar';
import { PANES } from '../panes/paneRegistry';
import { PaneFrame } from '../panes/PaneFrame';
import { Shortcuts } from '../shortcuts/Shortcuts';
import { FirstScreen } from '../story/FirstScreen';

export function PlaygroundView() {
  const { trace, running } = useRunStore(useShallow(selectShownRun));
  return (
    <>
      <FirstScreen />
      <main className="layout">
        <aside className="task-panel">
          <TaskGallery />
          <TaskEditor />
          <RunControls />
          <TraceToolbar />
        </aside>
        <div className="panes">
          {PANES.map((spec) => (
            <PaneFrame key={spec.id} spec={spec} trace={trace} running={running} />
          ))}
        </div>
        <Shortcuts />
      </main>
    </>
  );
}

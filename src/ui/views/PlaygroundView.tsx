// The playground: the first screen's story (starts, row of stages), then the resizable panels: the task panel,
// the focused stage large and the other stages as a rail.
import { TaskGallery } from '../task/TaskGallery';
import { TaskEditor } from '../task/TaskEditor';
import { RunControls } from '../task/RunControls';
import { TraceToolbar } from '../trace/TraceToolbar';
import { Shortcuts } from '../shortcuts/Shortcuts';
import { FirstScreen } from '../story/FirstScreen';
import { PlaygroundPanels } from '../layout/PlaygroundPanels';

export function PlaygroundView() {
  return (
    <>
      <FirstScreen />
      <main className="layout">
        <PlaygroundPanels
          taskPanel={
            <aside className="task-panel">
              <TaskGallery />
              <TaskEditor />
              <RunControls />
              <TraceToolbar />
            </aside>
          }
        />
        <Shortcuts />
      </main>
    </>
  );
}

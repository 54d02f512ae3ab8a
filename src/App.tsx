// The playground's shell: header with the model picker, the task panel, and one pane per stage.
import { useEffect } from 'react';
import { useRunStore } from './state/runStore';
import { useModelStore } from './state/modelStore';
import { ModelPicker } from './ui/model/ModelPicker';
import { TaskGallery } from './ui/task/TaskGallery';
import { TaskEditor } from './ui/task/TaskEditor';
import { RunControls } from './ui/task/RunControls';
import { PANES } from './ui/panes/paneRegistry';
import { PaneFrame } from './ui/panes/PaneFrame';
import { applyUrlOptions } from './state/urlOptions';

export function App() {
  const { kb, trace, running, liveText, boot } = useRunStore();
  useEffect(() => {
    void boot().then(() => applyUrlOptions(location.search));
  }, [boot]);
  useEffect(() => {
    void useModelStore.getState().detect();
  }, []);
  return (
    <div className="app">
      <header className="app-head">
        <h1>Secure Code Playground</h1>
        <span className="kb-status" data-testid="kb-status">
          {kb.status === 'loading' && 'Loading knowledge base…'}
          {kb.status === 'ready' && `Knowledge base ${kb.version} ready in ${Math.round(kb.readyMs)} ms`}
          {kb.status === 'error' && <span className="error" role="alert">Knowledge base failed: {kb.error.message} {kb.error.detail}</span>}
        </span>
        <span className="spacer" />
        <ModelPicker />
      </header>
      <main className="layout">
        <aside className="task-panel">
          <TaskGallery />
          <TaskEditor />
          <RunControls />
        </aside>
        <div className="panes">
          {PANES.map((spec) => (
            <PaneFrame key={spec.id} spec={spec} trace={trace} running={running} liveText={liveText} />
          ))}
        </div>
      </main>
    </div>
  );
}

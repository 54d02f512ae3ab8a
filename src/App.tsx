// The playground's shell: header with view tabs and the model picker, then the open view.
import { Suspense, useEffect } from 'react';
import { useRunStore } from './state/runStore';
import { useModelStore } from './state/modelStore';
import { useViewStore } from './state/viewStore';
import { ModelPicker } from './ui/model/ModelPicker';
import { NoticeBanner } from './ui/notice/NoticeBanner';
import { VIEWS } from './ui/views/viewRegistry';
import { applyUrlOptions } from './state/urlOptions';
import { useShallow } from 'zustand/react/shallow';
import { selectKb } from './state/runSelectors';
import { selectView } from './state/viewSelectors';

export function App() {
  const kb = useRunStore(selectKb);
  const boot = useRunStore((s) => s.boot);
  const { view, open } = useViewStore(useShallow(selectView));
  useEffect(() => {
    void boot().then(() => applyUrlOptions(location.search));
  }, [boot]);
  useEffect(() => {
    void useModelStore.getState().detect();
  }, []);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  return (
    <div className="app">
      <NoticeBanner />
      <header className="app-head">
        <h1>Secure Code Playground</h1>
        <nav className="views" aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              className={v.id === current.id ? 'active' : ''}
              onClick={() => open(v.id)}
              data-testid={`view-${v.id}`}
            >
              {v.title}
            </button>
          ))}
        </nav>
        <span
          className="kb-status"
          data-testid="kb-status"
          title={kb.status === 'ready' ? kb.report.detail : undefined}
        >
          {kb.status === 'loading' && 'Loading knowledge base…'}
          {kb.status === 'ready' && `Knowledge base ${kb.version} ready ${kb.report.pageMs} ms after page load`}
          {kb.status === 'error' && (
            <span className="error" role="alert">
              Knowledge base failed: {kb.error.message} {kb.error.detail}
            </span>
          )}
        </span>
        <span className="spacer" />
        <ModelPicker />
      </header>
      <Suspense
        fallback={
          <div className="muted" style={{ padding: 12 }}>
            Loading…
          </div>
        }
      >
        <current.Component />
      </Suspense>
    </div>
  );
}

// Monaco loads on demand: panes render a plain <pre> until the editor chunk arrives, so the first
// screen never waits for it.
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';
import type { DiffViewerProps } from './DiffViewer';

const CodeEditor = lazy(() => import('./CodeEditor'));
const DiffViewer = lazy(() => import('./DiffViewer'));

export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<pre className="code-fallback">{props.value}</pre>}>
      <CodeEditor {...props} />
    </Suspense>
  );
}

export function LazyDiffViewer(props: DiffViewerProps) {
  return (
    <Suspense fallback={<pre className="code-fallback">{props.modified}</pre>}>
      <DiffViewer {...props} />
    </Suspense>
  );
}

// Monaco loads on demand: panes render a plain <pre> until the editor chunk arrives, so the first
// screen never waits for it. When the chunk cannot be fetched (offline, before a service worker has it),
// the code stays readable as plain text instead of the pane failing.
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './CodeEditor';
import type { DiffViewerProps } from './DiffViewer';

function PlainCode(props: CodeEditorProps) {
  return (
    <pre className="code-fallback" data-testid={props.testId} data-editor="plain">
      {props.value}
    </pre>
  );
}

function PlainDiff(props: DiffViewerProps) {
  return (
    <pre className="code-fallback" data-testid={props.testId} data-editor="plain">
      {props.modified}
    </pre>
  );
}

const CodeEditor = lazy(() => import('./CodeEditor').catch(() => ({ default: PlainCode })));
const DiffViewer = lazy(() => import('./DiffViewer').catch(() => ({ default: PlainDiff })));

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

// A retrieved example pair, opened in a modal dialog where it was clicked (not far down the pane):
// vulnerable and fixed as a Monaco diff, sliced or full, side by side or inline, captioned to match.
import { useEffect, useRef, useState } from 'react';
import type { ExampleNode } from '../../core/retrieval/RetrievalRecord';
import { LazyDiffViewer } from '../editor/LazyEditors';

/** Below Monaco's own breakpoint two columns are too narrow to read: start inline there. */
const SIDE_BY_SIDE_MIN_WIDTH = 900;

const CAPTIONS = {
  sideBySide: 'Left: vulnerable. Right: fixed.',
  inline: 'Inline: removed lines (red) are the vulnerable version, added lines (green) the fixed one.',
};

export function ExampleViewer({ example, onClose }: { example: ExampleNode; onClose: () => void }) {
  const canSlice = example.vulnerable.sliced && example.fixed.sliced;
  const [sliced, setSliced] = useState(canSlice);
  const [sideBySide, setSideBySide] = useState(() => window.innerWidth >= SIDE_BY_SIDE_MIN_WIDTH);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // A modal dialog sits in the top layer, centred in view, keeps focus inside and closes with Escape.
    // Unmounting removes it from the top layer; no close() here, whose queued close event would reach a remount.
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const side = (view: ExampleNode['fixed']) => (sliced && view.slice ? view.slice : view.code);
  return (
    <dialog
      ref={dialog}
      className="example-viewer"
      aria-labelledby="example-viewer-title"
      onClose={onClose}
      data-testid="example-viewer"
    >
      <div className="toolbar">
        <strong id="example-viewer-title">{example.id}</strong>
        <span className="muted">{example.description}</span>
        <span className="spacer" />
        <button
          type="button"
          disabled={!canSlice}
          onClick={() => setSliced(!sliced)}
          data-testid="example-slice-toggle"
        >
          {sliced ? 'Show full' : canSlice ? 'Show slice' : 'Unsliced'}
        </button>
        <button type="button" onClick={() => setSideBySide(!sideBySide)} data-testid="example-view-toggle">
          {sideBySide ? 'Show inline' : 'Show side by side'}
        </button>
        <button type="button" onClick={() => dialog.current?.close()} data-testid="example-close">
          Close
        </button>
      </div>
      <div className="muted small" data-testid="example-caption">
        {sideBySide ? CAPTIONS.sideBySide : CAPTIONS.inline} Task: {example.task}
      </div>
      <LazyDiffViewer
        original={side(example.vulnerable)}
        modified={side(example.fixed)}
        language={example.language}
        sideBySide={sideBySide}
        testId="example-diff"
      />
    </dialog>
  );
}

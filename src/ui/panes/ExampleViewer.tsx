// A retrieved example pair: vulnerable and fixed side by side in a Monaco diff, sliced or full.
import { useState } from 'react';
import type { ExampleNode } from '../../core/retrieval/RetrievalRecord';
import { LazyDiffViewer } from '../editor/LazyEditors';

export function ExampleViewer({ example, onClose }: { example: ExampleNode; onClose: () => void }) {
  const canSlice = example.vulnerable.sliced && example.fixed.sliced;
  const [sliced, setSliced] = useState(canSlice);
  const side = (view: ExampleNode['fixed']) => (sliced && view.slice ? view.slice : view.code);
  return (
    <div className="example-viewer" data-testid="example-viewer">
      <div className="toolbar">
        <strong>{example.id}</strong>
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
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="muted small">Left: vulnerable. Right: fixed. Task: {example.task}</div>
      <LazyDiffViewer
        original={side(example.vulnerable)}
        modified={side(example.fixed)}
        language={example.language}
        testId="example-diff"
      />
    </div>
  );
}

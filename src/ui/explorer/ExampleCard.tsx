// One example pair: vulnerable (left) and fixed (right) in a diff, sliced around the fix or in full.
import { useState } from 'react';
import type { ExplorerCweDetail } from '../../core/kbTools/explorer/ExplorerData';
import { LazyDiffViewer } from '../editor/LazyEditors';

type Example = ExplorerCweDetail['examples'][number];

export function ExampleCard({ example }: { example: Example }) {
  const canSlice = example.vulnerable.sliced && example.fixed.sliced;
  const [sliced, setSliced] = useState(canSlice);
  const side = (view: Example['fixed']) => (sliced && view.slice ? view.slice : view.code);
  const kept = (view: Example['fixed']) => view.keptLines?.length ?? 0;
  const lines = (code: string) => code.replace(/\n$/, '').split('\n').length;
  return (
    <div className="explorer-example-card" data-testid="explorer-example-view" data-view={sliced ? 'sliced' : 'full'}>
      <div className="explorer-example-bar">
        <strong>{example.id}</strong>
        <span className="muted">{example.description}</span>
        <span className="spacer" />
        {canSlice && (
          <span className="muted small">
            slice keeps {kept(example.vulnerable)}/{lines(example.vulnerable.code)} and {kept(example.fixed)}/
            {lines(example.fixed.code)} lines
          </span>
        )}
        <button
          type="button"
          disabled={!canSlice}
          onClick={() => setSliced(!sliced)}
          data-testid="explorer-slice-toggle"
        >
          {!canSlice ? 'Unsliced' : sliced ? 'Show full' : 'Show slice'}
        </button>
      </div>
      <div className="muted small">
        Left: vulnerable. Right: fixed. {sliced ? 'Sliced around the lines the fix changes.' : 'Full code.'}
      </div>
      <LazyDiffViewer
        original={side(example.vulnerable)}
        modified={side(example.fixed)}
        language={example.language}
        testId="explorer-example-diff"
      />
    </div>
  );
}

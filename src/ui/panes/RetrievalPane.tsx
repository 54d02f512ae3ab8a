// Retrieval pane: the tree CWE -> guidelines -> examples, each node with its facet scores,
// ranks, threshold verdicts, fused score and a one-line why.
import { useState } from 'react';
import type { CweNode, ExampleNode, KbSource } from '../../core/retrieval/RetrievalRecord';
import type { PaneProps } from './PaneProps';
import { FacetScores } from './FacetScores';
import { ExampleViewer } from './ExampleViewer';
import { CweKindOf } from '../explorer/CweKindOf';

export function RetrievalPane({ output }: PaneProps<'retrieval'>) {
  const [open, setOpen] = useState<ExampleNode | null>(null);
  const s = output.settings;
  return (
    <div className="retrieval" data-testid="retrieval-pane">
      <div className="muted small">
        RRF alpha {s.alpha}, rank cap {s.rankCap}, top k {s.k}; knowledge base {output.kbVersion}
      </div>
      {output.outcome === 'none' && (
        <div className="notice" data-testid="retrieval-none">
          No facet passed its threshold: no security knowledge needed, nothing is injected.
        </div>
      )}
      <ul className="tree">
        {output.cwes.map((cwe) => (
          <CweItem key={cwe.id} cwe={cwe} onOpen={setOpen} />
        ))}
      </ul>
      {open && <ExampleViewer example={open} onClose={() => setOpen(null)} />}
    </div>
  );
}

function CweItem({ cwe, onOpen }: { cwe: CweNode; onOpen: (e: ExampleNode) => void }) {
  return (
    <li className={cwe.chosen ? 'chosen' : 'not-chosen'} data-testid="retrieval-cwe">
      <details open={cwe.chosen}>
        <summary>
          <span className="rank">#{cwe.rank}</span> <strong>{cwe.id}</strong>
          <CweKindOf id={cwe.id} plain /> {cwe.name} <span className="fused">fused {cwe.fused.toFixed(4)}</span>
          {cwe.chosen && <span className="chip ok">chosen</span>}
          <SourceChip source={cwe.source} />
          <div className="why">{cwe.why}</div>
        </summary>
        <FacetScores facets={cwe.facets} />
        {cwe.guidelines.length > 0 && <h4>Guidelines</h4>}
        <ul>
          {cwe.guidelines.map((g) => (
            <li key={g.id} className={g.chosen ? 'chosen' : 'not-chosen'} data-testid="retrieval-guideline">
              <details>
                <summary>
                  <span className="rank">#{g.rank}</span> {g.text} <span className="fused">{g.fused.toFixed(4)}</span>
                  {g.relation && (
                    <span className="chip" data-testid="guideline-relation">
                      from {g.cwe} ({g.relation})
                    </span>
                  )}
                  <SourceChip source={g.source} />
                  <div className="why">{g.why}</div>
                </summary>
                <FacetScores facets={g.facets} />
              </details>
            </li>
          ))}
        </ul>
        {cwe.examples.length > 0 && <h4>Examples</h4>}
        <ul>
          {cwe.examples.map((e) => (
            <li key={e.id} className={e.chosen ? 'chosen' : 'not-chosen'} data-testid="retrieval-example">
              <span className="rank">#{e.rank}</span>{' '}
              <button type="button" className="link" onClick={() => onOpen(e)}>
                {e.id}
              </button>{' '}
              <span className="chip">{e.language}</span> {e.description}{' '}
              <span className="fused">{e.fused.toFixed(4)}</span>
              {!e.fixed.sliced && <span className="chip muted">unsliced</span>}
              <SourceChip source={e.source} />
              <div className="why">{e.why}</div>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Marks knowledge that did not come from the built-in knowledge base. */
function SourceChip({ source }: { source: KbSource }) {
  if (source === 'builtin') return null;
  return (
    <span className="chip" data-testid="source-chip">
      {source === 'feedback' ? 'team feedback' : 'user knowledge base'}
    </span>
  );
}

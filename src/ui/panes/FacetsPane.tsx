// Facets pane: the language, operations, APIs and markers read from the task.
import type { PaneProps } from './PaneProps';

export function FacetsPane({ output }: PaneProps<'facets'>) {
  return (
    <div className="facets" data-testid="facets-pane">
      <dl className="kv">
        <dt>Language</dt>
        <dd>
          <span className="chip">{output.language}</span>
        </dd>
        <dt>Operations</dt>
        <dd>
          {output.operations.length === 0 && <span className="muted">none implied</span>}
          {output.operations.map((op) => (
            <span key={op.id} className="chip op" title={`revealed by: ${op.via.join(', ')}`}>
              {op.label} <small>({op.via.slice(0, 3).join(', ')})</small>
            </span>
          ))}
        </dd>
        <dt>
          APIs <small className="muted">({output.apiSource})</small>
        </dt>
        <dd>
          {output.apis.length === 0 && <span className="muted">none</span>}
          {output.apis.map((api) => (
            <code key={api} className="chip">
              {api}
            </code>
          ))}
        </dd>
        <dt>Code markers</dt>
        <dd>
          {output.markers.length === 0 && <span className="muted">none found literally</span>}
          {output.markers.map((m) => (
            <span key={m.cwe} className="chip warn">
              {m.cwe}: {m.markers.join(', ')}
            </span>
          ))}
        </dd>
        <dt>Model facets</dt>
        <dd>
          <ModelFacetLine name="Draft" facet={output.draft} />
          <ModelFacetLine name="Cause analysis" facet={output.causeAnalysis} />
        </dd>
      </dl>
    </div>
  );
}

function ModelFacetLine({ name, facet }: { name: string; facet: PaneProps<'facets'>['output']['draft'] }) {
  if (!facet.enabled) return <div className="muted">{name}: off</div>;
  if (!facet.text && !facet.apis?.length)
    return (
      <div className="muted">
        {name}: on, empty ({facet.note ?? 'no output'})
      </div>
    );
  return (
    <details>
      <summary>
        {name}: on{facet.apis?.length ? ` (APIs: ${facet.apis.join(', ')})` : ''}
      </summary>
      <pre className="small-pre">{facet.text}</pre>
    </details>
  );
}

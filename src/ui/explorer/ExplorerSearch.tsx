// Full-text search over the whole knowledge base (in the core worker); each hit says which
// knowledge base it came from, and opens its CWE.
import { useState } from 'react';
import { useExplorerStore } from '../../state/explorerStore';
import { useShallow } from 'zustand/react/shallow';
import { selectExplorerSearch } from '../../state/explorerSelectors';

export function ExplorerSearch({ onPick }: { onPick: () => void }) {
  const { hits, search, select } = useExplorerStore(useShallow(selectExplorerSearch));
  const [text, setText] = useState('');
  return (
    <div className="explorer-search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search(text);
        }}
      >
        <input
          type="search"
          value={text}
          placeholder="Search guidelines, examples, advisories…"
          aria-label="Search the knowledge base"
          onChange={(e) => setText(e.target.value)}
          data-testid="explorer-search"
        />
        <button type="submit" data-testid="explorer-search-go">
          Search
        </button>
      </form>
      {hits && hits.length === 0 && <p className="muted small">No hits.</p>}
      {hits && hits.length > 0 && (
        <ul className="explorer-hits">
          {hits.map((hit) => (
            <li key={`${hit.index}/${hit.id}`}>
              <button
                type="button"
                data-testid="explorer-hit"
                data-source={hit.source}
                data-index={hit.index}
                onClick={() => {
                  onPick();
                  if (hit.cwe) void select(hit.cwe);
                }}
              >
                <span className="explorer-chip">{hit.index.replace(/s$/, '')}</span>
                <span className={`explorer-chip source-${hit.source}`} data-testid="explorer-hit-source">
                  {hit.source}
                </span>
                <strong>{hit.cwe}</strong> {hit.title}
                <span className="muted small"> {hit.score}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

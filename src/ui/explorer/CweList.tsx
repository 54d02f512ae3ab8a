// The explorer's list of weaknesses, each with its counts and languages; user-only CWEs are marked.
import type { ExplorerSummary } from '../../core/kbTools/explorer/ExplorerData';
import { useExplorerStore } from '../../state/explorerStore';
import { useShallow } from 'zustand/react/shallow';
import { selectCweList } from '../../state/explorerSelectors';

export function CweList({ summary, onPick }: { summary: ExplorerSummary; onPick: () => void }) {
  const { selectedId, select } = useExplorerStore(useShallow(selectCweList));
  return (
    <ul className="explorer-cwes" data-testid="explorer-cwe-list">
      {summary.cwes.map((cwe) => (
        <li key={cwe.id}>
          <button
            type="button"
            className={cwe.id === selectedId ? 'active' : ''}
            data-testid={`explorer-cwe-${cwe.id}`}
            onClick={() => {
              onPick();
              void select(cwe.id);
            }}
          >
            <strong>{cwe.id}</strong> {cwe.name !== cwe.id && <span>{cwe.name}</span>}
            {cwe.source === 'user' && <span className="explorer-chip">user</span>}
            <span className="explorer-counts muted">
              {cwe.guidelines} g · {cwe.examples} ex{cwe.userExamples > 0 && ` (${cwe.userExamples} user)`} ·{' '}
              {cwe.advisories} adv ·{' '}
              {Object.entries(cwe.byLanguage)
                .map(([lang, n]) => `${lang} ${n}`)
                .join(', ') || 'no examples'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

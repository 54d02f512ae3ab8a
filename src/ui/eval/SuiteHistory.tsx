// Earlier suite runs kept in this browser: open one to see its results, or delete it.
import { useEvalStore } from '../../state/evalStore';
import { useShallow } from 'zustand/react/shallow';
import { selectSuiteHistory } from '../../state/evalSelectors';

export function SuiteHistory() {
  const { suites, current, running, open, remove } = useEvalStore(useShallow(selectSuiteHistory));
  if (suites.length === 0) return null;
  return (
    <details className="eval-box" data-testid="eval-history">
      <summary>Saved suite runs ({suites.length})</summary>
      <ul className="eval-history">
        {suites.map((s) => (
          <li key={s.id} className={s.id === current?.id ? 'current' : ''}>
            <button type="button" className="link" disabled={running} onClick={() => void open(s.id)}>
              {s.name}
            </button>{' '}
            <span className="small muted">
              {s.createdAt.slice(0, 16).replace('T', ' ')} · {s.model} · {s.status}
            </span>{' '}
            <button
              type="button"
              className="icon"
              disabled={running}
              onClick={() => void remove(s.id)}
              aria-label={`Delete ${s.name}`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

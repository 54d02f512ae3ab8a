// The gallery of built-in tasks, filterable by language, each tagged with the CWE it tempts.
import { useEffect, useMemo, useState } from 'react';
import { useRunStore } from '../../state/runStore';
import { useShallow } from 'zustand/react/shallow';
import { selectRunActions, selectTaskInput } from '../../state/runSelectors';

export function TaskGallery() {
  const { tasks, selectedTaskId: selected } = useRunStore(useShallow(selectTaskInput));
  const { selectTask } = useRunStore(useShallow(selectRunActions));
  const [language, setLanguage] = useState('all');
  const languages = useMemo(() => [...new Set(tasks.map((t) => t.language))].sort(), [tasks]);
  const shown = language === 'all' ? tasks : tasks.filter((t) => t.language === language);
  // The selected task (the default one at start, or a recorded run's) may sit far down the list: show it.
  useEffect(() => {
    document.querySelector('.task-list .task-item.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected, tasks]);
  return (
    <div className="gallery">
      <div className="toolbar">
        <h3>Gallery</h3>
        <span className="spacer" />
        <select
          aria-label="Filter by language"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          data-testid="gallery-language"
        >
          <option value="all">all languages ({tasks.length})</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <ul className="task-list" data-testid="task-list">
        {shown.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className={`task-item ${t.id === selected ? 'selected' : ''}`}
              onClick={() => selectTask(t.id)}
              data-testid={`task-${t.id}`}
            >
              <span className="task-title">{t.title ?? t.id}</span>
              <span className="chip">{t.language}</span>
              {t.cwe && <span className="chip warn">{t.cwe}</span>}
              <span className="chip muted">{t.kind === 'completion' ? 'code prefix' : 'request'}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

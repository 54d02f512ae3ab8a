// Which tasks the suite holds: the whole gallery, one language, a chosen subset, or a JSONL file.
import { useRunStore } from '../../state/runStore';
import { useEvalStore } from '../../state/evalStore';
import { galleryLanguages } from '../../core/evaluation/chooseSuite';
import { isLanguage } from '../../core/task/Task';
import type { ChoiceKind } from '../../state/createEvalStore';
import { useShallow } from 'zustand/react/shallow';
import { selectTasks } from '../../state/runSelectors';
import { selectSuiteChoice } from '../../state/evalSelectors';

const KINDS: { kind: ChoiceKind; label: string }[] = [
  { kind: 'gallery', label: 'Whole gallery' },
  { kind: 'language', label: 'One language' },
  { kind: 'subset', label: 'Chosen tasks' },
  { kind: 'file', label: 'JSONL file' },
];

export function SuitePicker() {
  const tasks = useRunStore(selectTasks);
  const { choiceKind, language, subset, file, running, setChoice, loadFile } = useEvalStore(
    useShallow(selectSuiteChoice),
  );
  const toggle = (id: string) =>
    setChoice({ subset: subset.includes(id) ? subset.filter((t) => t !== id) : [...subset, id] });
  return (
    <fieldset className="eval-box" disabled={running} data-testid="eval-suite-picker">
      <legend>Suite</legend>
      <div className="row wrap">
        {KINDS.map(({ kind, label }) => (
          <label key={kind}>
            <input
              type="radio"
              name="eval-suite"
              checked={choiceKind === kind}
              onChange={() => setChoice({ choiceKind: kind })}
              data-testid={`eval-suite-${kind}`}
            />{' '}
            {label}
          </label>
        ))}
      </div>
      {choiceKind === 'gallery' && (
        <p className="muted small">
          {tasks.length} tasks across {galleryLanguages(tasks).length} languages.
        </p>
      )}
      {choiceKind === 'language' && (
        <select
          value={language}
          onChange={(e) => {
            if (isLanguage(e.target.value)) setChoice({ language: e.target.value });
          }}
          data-testid="eval-language"
        >
          {galleryLanguages(tasks).map((l) => (
            <option key={l.language} value={l.language}>
              {l.language} ({l.count})
            </option>
          ))}
        </select>
      )}
      {choiceKind === 'subset' && (
        <ul className="eval-task-pick">
          {tasks.map((t) => (
            <li key={t.id}>
              <label>
                <input
                  type="checkbox"
                  checked={subset.includes(t.id)}
                  onChange={() => toggle(t.id)}
                  data-testid={`eval-pick-${t.id}`}
                />{' '}
                {t.id} <span className="chip">{t.language}</span>
                {t.cwe && <span className="chip">{t.cwe}</span>}
                {t.tests && <span className="chip ok">tests</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
      {choiceKind === 'file' && (
        <div>
          <input
            type="file"
            accept=".jsonl,.json,.txt"
            data-testid="eval-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void f.text().then((text) => loadFile(f.name, text));
            }}
          />
          {file && (
            <p className="small" data-testid="eval-file-summary">
              {file.name}: {file.tasks.length} tasks
              {file.errors.length > 0 && `, ${file.errors.length} line${file.errors.length === 1 ? '' : 's'} skipped`}
            </p>
          )}
          {file?.errors.slice(0, 5).map((e) => (
            <p key={e.line} className="error small">
              line {e.line}: {e.message}
            </p>
          ))}
        </div>
      )}
    </fieldset>
  );
}

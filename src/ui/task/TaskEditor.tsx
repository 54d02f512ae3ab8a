// The selected task (read-only) or a custom task editor: text or code prefix, plus language.
import { LANGUAGE_SPECS } from '../../core/languages/registry';
import type { Language, TaskKind } from '../../core/task/Task';
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/runStore';
import { currentTask } from '../../state/RunState';
import { selectRunActions, selectTaskInput } from '../../state/runSelectors';

export function TaskEditor() {
  const state = { ...useRunStore(useShallow(selectTaskInput)), ...useRunStore(useShallow(selectRunActions)) };
  const task = currentTask(state);
  const isCustom = state.selectedTaskId === null;
  return (
    <div className="task-editor">
      <div className="toolbar">
        <h3>{isCustom ? 'Custom task' : (task.title ?? task.id)}</h3>
        <span className="spacer" />
        {!isCustom && (
          <button
            type="button"
            onClick={() => state.editCustom({ prompt: task.prompt, language: task.language, kind: task.kind })}
          >
            Edit as custom
          </button>
        )}
      </div>
      {isCustom && (
        <div className="row">
          <select
            aria-label="Language"
            value={state.custom.language}
            onChange={(e) => state.editCustom({ language: e.target.value as Language })}
            data-testid="custom-language"
          >
            {LANGUAGE_SPECS.map((spec) => (
              <option key={spec.id} value={spec.id}>
                {spec.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Kind"
            value={state.custom.kind}
            onChange={(e) => state.editCustom({ kind: e.target.value as TaskKind })}
            data-testid="custom-kind"
          >
            <option value="nl">request in words</option>
            <option value="completion">code prefix</option>
          </select>
        </div>
      )}
      <textarea
        className="task-text"
        aria-label="Task"
        value={task.prompt}
        readOnly={!isCustom}
        onChange={(e) => state.editCustom({ prompt: e.target.value })}
        placeholder="Describe the code to write, or paste a code prefix to complete."
        data-testid="task-text"
        rows={7}
        aria-invalid={state.inputError ? true : undefined}
        aria-describedby={state.inputError ? 'task-input-error' : undefined}
      />
      {state.inputError && (
        <div id="task-input-error" className="notice error" role="alert" data-testid="task-input-error">
          {state.inputError.message}
          {state.inputError.hint ? ` ${state.inputError.hint}` : ''}
        </div>
      )}
    </div>
  );
}

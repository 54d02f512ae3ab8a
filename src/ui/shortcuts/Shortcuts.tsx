// Keyboard shortcuts of the playground (Ctrl/Cmd+Enter run, Esc cancel, ? lists them) and their help dialog.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/runStore';
import { selectRunActions, selectRunStatus } from '../../state/runSelectors';
import { SHORTCUTS, shortcutFor } from './shortcutFor';
import { isEditingTarget } from '../isEditingTarget';

export function Shortcuts() {
  const { run, cancel } = useRunStore(useShallow(selectRunActions));
  const { running, kbReady } = useRunStore(useShallow(selectRunStatus));
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { key, ctrlKey, metaKey, altKey } = event;
      const shortcut = shortcutFor({ key, ctrlKey, metaKey, altKey, typing: isEditingTarget(event.target) });
      if (shortcut === 'run' && kbReady && !running) {
        event.preventDefault();
        void run();
      } else if (shortcut === 'cancel' && running && !dialog.current?.open) {
        cancel();
      } else if (shortcut === 'help') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, cancel, running, kbReady]);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table data-testid="shortcuts-list">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}

// Keyboard navigation for the presenter, ignored while the user types in a field or an editor.
import { useEffect } from 'react';
import { keyMove, type StepMove } from './presenterSteps';
import { isEditingTarget } from '../isEditingTarget';

export function usePresenterKeys(onMove: (move: StepMove) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isEditingTarget(event.target)) return;
      const move = keyMove(event.key);
      if (!move) return;
      event.preventDefault();
      onMove(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onMove]);
}

// A small inline note editor shared by the finding and revision feedback controls.
import { useState } from 'react';

export function NoteInput({ onSave, onCancel }: { onSave: (note: string) => void; onCancel: () => void }) {
  const [text, setText] = useState('');
  return (
    <span className="fb-note">
      <input
        type="text"
        value={text}
        maxLength={4000}
        autoFocus
        placeholder="Note for the team"
        aria-label="Feedback note"
        onChange={(e) => setText(e.target.value)}
        data-testid="feedback-note-input"
      />
      <button type="button" disabled={!text.trim()} onClick={() => onSave(text)} data-testid="feedback-note-save">
        Save note
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}

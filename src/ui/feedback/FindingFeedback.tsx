// Feedback controls on one finding: confirm, mark a false positive, or add a note.
import { useState } from 'react';
import type { Finding } from '../../core/analysis/Finding';
import type { RunTrace } from '../../core/trace';
import { useFeedbackStore } from '../../state/feedbackStore';
import { NoteInput } from './NoteInput';
import './feedback.css';
import { selectMarkFinding } from '../../state/feedbackSelectors';

export function FindingFeedback({ trace, finding }: { trace: RunTrace; finding: Finding }) {
  const mark = useFeedbackStore(selectMarkFinding);
  const [noting, setNoting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const act = (verdict: 'confirm' | 'false-positive' | 'note', note = '') => {
    void mark(trace, finding, verdict, note).then(() =>
      setDone(
        verdict === 'false-positive' ? 'marked a false positive' : verdict === 'confirm' ? 'confirmed' : 'note saved',
      ),
    );
    setNoting(false);
  };
  return (
    <span className="fb-controls" data-testid="finding-feedback">
      <button type="button" className="fb-btn" onClick={() => act('confirm')} data-testid="finding-confirm">
        Confirm
      </button>
      <button
        type="button"
        className="fb-btn"
        onClick={() => act('false-positive')}
        data-testid="finding-false-positive"
        title="Hide this rule for this code pattern in later runs"
      >
        False positive
      </button>
      <button type="button" className="fb-btn" onClick={() => setNoting(true)} data-testid="finding-note">
        Note
      </button>
      {noting && <NoteInput onSave={(n) => act('note', n)} onCancel={() => setNoting(false)} />}
      {done && (
        <span className="fb-done small" data-testid="finding-feedback-done">
          {done}
        </span>
      )}
    </span>
  );
}

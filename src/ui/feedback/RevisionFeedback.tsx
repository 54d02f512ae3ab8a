// Feedback controls on a run's revision: accept, reject or add a note. Accepting or rejecting
// credits the feedback that shaped the run (see docs/feedback.md).
import { useState } from 'react';
import type { RunTrace } from '../../core/trace';
import { useFeedbackStore } from '../../state/feedbackStore';
import { NoteInput } from './NoteInput';
import './feedback.css';
import { selectMarkRevision } from '../../state/feedbackSelectors';

export function RevisionFeedback({ trace }: { trace: RunTrace }) {
  const mark = useFeedbackStore(selectMarkRevision);
  const [noting, setNoting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const act = (verdict: 'accept' | 'reject' | 'note', note = '') => {
    void mark(trace, verdict, note).then(() => setDone(verdict === 'note' ? 'note saved' : `${verdict}ed`));
    setNoting(false);
  };
  return (
    <span className="fb-controls" data-testid="revision-feedback">
      <button type="button" className="fb-btn" onClick={() => act('accept')} data-testid="revision-accept">
        Accept
      </button>
      <button type="button" className="fb-btn" onClick={() => act('reject')} data-testid="revision-reject">
        Reject
      </button>
      <button type="button" className="fb-btn" onClick={() => setNoting(true)} data-testid="revision-note">
        Note
      </button>
      {noting && <NoteInput onSave={(n) => act('note', n)} onCancel={() => setNoting(false)} />}
      {done && (
        <span className="fb-done small" data-testid="revision-feedback-done">
          {done}
        </span>
      )}
    </span>
  );
}

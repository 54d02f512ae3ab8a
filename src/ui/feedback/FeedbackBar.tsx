// Team feedback at a glance: how many entries are stored, export to JSON and import from JSON
// (a refused file leaves the stored feedback as it was, and the message says why).
import { useEffect, useRef } from 'react';
import { useFeedbackStore } from '../../state/feedbackStore';
import { feedbackWeight } from '../../core/feedback/feedbackWeight';
import './feedback.css';
import { useShallow } from 'zustand/react/shallow';
import { selectFeedbackBar } from '../../state/feedbackSelectors';

export function FeedbackBar() {
  const { entries, message, load, exportFile, importFile } = useFeedbackStore(useShallow(selectFeedbackBar));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const download = async () => {
    const url = URL.createObjectURL(new Blob([await exportFile()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'playground-feedback.json';
    a.click();
    URL.revokeObjectURL(url);
  };
  const onFile = async (file: File | undefined) => {
    if (file) await importFile(await file.text(), file.size);
    if (input.current) input.current.value = '';
  };
  return (
    <details className="fb-bar" data-testid="feedback-bar">
      <summary>
        Team feedback: <span data-testid="feedback-count">{entries.length}</span> entries
      </summary>
      <div className="row wrap">
        <button type="button" onClick={() => void download()} data-testid="feedback-export">
          Export JSON
        </button>
        <label className="fb-import">
          Import JSON{' '}
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onFile(e.target.files?.[0])}
            data-testid="feedback-import"
          />
        </label>
      </div>
      {message && (
        <div
          className={`notice ${message.kind === 'error' ? 'error' : 'ok'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="feedback-message"
        >
          {message.text}
        </div>
      )}
      <ul className="fb-list small" data-testid="feedback-list">
        {entries.map((e) => (
          <li key={e.id} data-testid="feedback-entry">
            <span className="chip">{e.verdict}</span>{' '}
            {e.target.kind === 'finding'
              ? `${e.target.cwe} ${e.target.rule}`
              : `revision (${e.target.cwes.join(', ') || 'no findings'})`}
            {e.note && <> — {e.note}</>} <span className="muted">weight {feedbackWeight(e.outcomes).toFixed(2)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

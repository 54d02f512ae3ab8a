// Says, whenever a recorded run is on screen, that its answers were written by us and not by a model.
import { useRunStore } from '../../state/runStore';
import { isRecordedReplay, isRecordedTrace } from '../../core/recordedRuns';

export function RecordedBanner() {
  const title = useRunStore((s) =>
    isRecordedTrace(s.trace) || isRecordedReplay(s.trace, s.replayOf)
      ? (s.trace?.task.title ?? s.trace?.task.id)
      : null,
  );
  if (!title) return null;
  return (
    <div className="notice warn recorded-banner" role="status" data-testid="recorded-banner">
      <strong>Recorded run</strong> of “{title}”: the model’s answers in it were written by us for this demo, not by a
      model. Retrieval, prompt and analysis are the real pipeline’s. Load a model and press Run to see a real answer.
    </div>
  );
}

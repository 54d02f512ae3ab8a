// The top of the playground: what this is in one sentence, the three ways to start, and the pipeline as a row
// of stages that lights up as a run proceeds. It also fetches the recorded runs once the page is ready.
import { useEffect } from 'react';
import { useRunStore } from '../../state/runStore';
import { useRecordedStore } from '../../state/recordedStore';
import { StageRow } from './StageRow';
import { StartChoices } from './StartChoices';
import { RecordedBanner } from './RecordedBanner';
import './story.css';

export function FirstScreen() {
  const kbReady = useRunStore((s) => s.kb.status === 'ready');
  useEffect(() => {
    if (!kbReady) return;
    // After the knowledge base is ready, so the recorded runs never compete with the first screen.
    const load = () => void useRecordedStore.getState().load();
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 0);
    return () => clearTimeout(id);
  }, [kbReady]);
  return (
    <section className="first-screen" aria-label="About this playground" data-testid="first-screen">
      <div className="first-line">
        <p className="tagline" data-testid="tagline">
          See, stage by stage, how retrieving security knowledge (CWEs, guidelines, fixed examples) helps a code model
          running in your browser write safer code, and how its answer is then checked and revised.
        </p>
        <StartChoices />
      </div>
      <StageRow />
      <RecordedBanner />
    </section>
  );
}

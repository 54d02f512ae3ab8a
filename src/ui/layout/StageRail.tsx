// The compact rail beside the focused pane: every other stage as a small card (status and a scrollable peek at
// its content); the card's title brings that stage into the large pane.
import type { RunTrace } from '../../core/trace';
import { PANES } from '../panes/paneRegistry';
import { PaneFrame } from '../panes/PaneFrame';
import { useStageFocusStore } from '../../state/stageFocusStore';

export interface StageRailProps {
  focused: string;
  trace: RunTrace | null;
  running: boolean;
}

export function StageRail({ focused, trace, running }: StageRailProps) {
  const focus = useStageFocusStore((s) => s.focus);
  return (
    <div className="stage-rail" role="region" aria-label="Other stages" data-testid="stage-rail">
      {PANES.filter((spec) => spec.id !== focused).map((spec) => (
        <PaneFrame
          key={spec.id}
          spec={spec}
          trace={trace}
          running={running}
          placement="rail"
          onShowLarge={() => focus(spec.id)}
        />
      ))}
    </div>
  );
}

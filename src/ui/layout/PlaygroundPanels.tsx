// The playground's resizable layout: the task panel, the focused stage in a large pane, and the other stages as
// a compact rail. Each pane scrolls on its own, so wide tables and long lines scroll instead of being clipped.
import type { ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useShallow } from 'zustand/react/shallow';
import { useRunStore } from '../../state/runStore';
import { selectShownRun } from '../../state/runSelectors';
import { useStageFocusStore } from '../../state/stageFocusStore';
import { PANES } from '../panes/paneRegistry';
import { PaneFrame } from '../panes/PaneFrame';
import { StageRail } from './StageRail';
import './layout.css';

export function PlaygroundPanels({ taskPanel }: { taskPanel: ReactNode }) {
  const { trace, running } = useRunStore(useShallow(selectShownRun));
  const focused = useStageFocusStore((s) => s.focused);
  const spec = PANES.find((p) => p.id === focused) ?? PANES[0]!;
  return (
    <Group orientation="horizontal" className="playground-panels" id="playground-panels">
      <Panel id="panel-task" defaultSize="25%" minSize="220px" maxSize="50%">
        {taskPanel}
      </Panel>
      <Separator className="resize-handle" id="resize-task" aria-label="Resize the task panel" />
      <Panel id="panel-focus" defaultSize="51%" minSize="30%" className="focus-host">
        <PaneFrame key={spec.id} spec={spec} trace={trace} running={running} placement="focus" />
      </Panel>
      <Separator className="resize-handle" id="resize-rail" aria-label="Resize the rail of other stages" />
      <Panel id="panel-rail" defaultSize="24%" minSize="180px" maxSize="50%">
        <StageRail focused={spec.id} trace={trace} running={running} />
      </Panel>
    </Group>
  );
}

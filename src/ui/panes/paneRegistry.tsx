// The stage panes, in pipeline order. Adding a pane is one component plus one line here.
import type { ComponentType } from 'react';
import type { StageName } from '../../core/trace';
import type { PaneProps } from './PaneProps';
import { FacetsPane } from './FacetsPane';
import { RetrievalPane } from './RetrievalPane';
import { PromptPane } from './PromptPane';
import { OutputPane } from './OutputPane';
import { FindingsPane } from './FindingsPane';
import { DiffPane } from './DiffPane';
import { CritiquePane } from './CritiquePane';

export interface PaneSpec<S extends StageName = StageName> {
  id: string;
  title: string;
  stage: S;
  /** Other stages whose record this pane shows (the row of stages brings this pane into view for them). */
  shows?: StageName[];
  Component: ComponentType<PaneProps<S>>;
}

function pane<S extends StageName>(spec: PaneSpec<S>): PaneSpec {
  return spec as unknown as PaneSpec;
}

export const PANES: PaneSpec[] = [
  pane({ id: 'facets', title: 'Facets', stage: 'facets', Component: FacetsPane }),
  pane({ id: 'retrieval', title: 'Retrieval', stage: 'retrieval', Component: RetrievalPane }),
  pane({ id: 'prompt', title: 'Prompt', stage: 'prompt', Component: PromptPane }),
  pane({ id: 'output', title: 'Output', stage: 'generation', Component: OutputPane }),
  pane({ id: 'findings', title: 'Findings', stage: 'analysis', Component: FindingsPane }),
  pane({ id: 'critique', title: 'Critique', stage: 'critique', Component: CritiquePane }),
  pane({ id: 'diff', title: 'Diff', stage: 'diff', shows: ['revision'], Component: DiffPane }),
];

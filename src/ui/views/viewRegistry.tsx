// The app's views (pages), each loaded lazily except the playground. Adding a view is one
// component plus one line here; `?view=<id>` opens it directly.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { PlaygroundView } from './PlaygroundView';

export interface ViewSpec {
  id: string;
  title: string;
  Component: ComponentType | LazyExoticComponent<ComponentType>;
}

export const VIEWS: ViewSpec[] = [
  { id: 'playground', title: 'Playground', Component: PlaygroundView },
  {
    id: 'eval',
    title: 'Evaluation',
    Component: lazy(() => import('../eval/EvalView').then((m) => ({ default: m.EvalView }))),
  },
  { id: 'presenter', title: 'Presenter', Component: lazy(() => import('../presenter/PresenterView')) },
  { id: 'explorer', title: 'Knowledge base', Component: lazy(() => import('../explorer/ExplorerView')) },
  { id: 'buildkb', title: 'Build a KB', Component: lazy(() => import('../buildkb/BuildKbView')) },
];

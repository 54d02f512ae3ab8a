// Which tasks a suite holds, from the page's picker: the whole gallery, one language of it, a
// chosen subset, or the tasks of a suite file. Also names the suite for reports and history.
import type { Language, Task } from '../task/Task';

export type SuiteChoice =
  | { kind: 'gallery' }
  | { kind: 'language'; language: Language }
  | { kind: 'subset'; ids: readonly string[] }
  | { kind: 'file'; name: string; tasks: readonly Task[] };

export interface ChosenSuite {
  name: string;
  tasks: Task[];
}

export function chooseSuite(gallery: readonly Task[], choice: SuiteChoice): ChosenSuite {
  switch (choice.kind) {
    case 'gallery':
      return { name: `gallery (${gallery.length} tasks)`, tasks: [...gallery] };
    case 'language': {
      const tasks = gallery.filter((t) => t.language === choice.language);
      return { name: `gallery: ${choice.language} (${tasks.length} tasks)`, tasks };
    }
    case 'subset': {
      // Gallery order, not click order, so two runs of the same subset compare row by row.
      const wanted = new Set(choice.ids);
      const tasks = gallery.filter((t) => wanted.has(t.id));
      return { name: `${tasks.length} chosen task${tasks.length === 1 ? '' : 's'}`, tasks };
    }
    case 'file':
      return { name: `${choice.name} (${choice.tasks.length} tasks)`, tasks: [...choice.tasks] };
  }
}

/** The picker's fields as a choice: the page keeps all of them so switching back keeps a subset or file. */
export function toSuiteChoice(picker: {
  choiceKind: SuiteChoice['kind'];
  language: Language;
  subset: readonly string[];
  file: { name: string; tasks: readonly Task[] } | null;
}): SuiteChoice {
  if (picker.choiceKind === 'language') return { kind: 'language', language: picker.language };
  if (picker.choiceKind === 'subset') return { kind: 'subset', ids: picker.subset };
  if (picker.choiceKind === 'file')
    return { kind: 'file', name: picker.file?.name ?? 'file', tasks: picker.file?.tasks ?? [] };
  return { kind: 'gallery' };
}

/** Languages present in the gallery, in first-seen order, with their task counts. */
export function galleryLanguages(gallery: readonly Task[]): { language: Language; count: number }[] {
  const counts = new Map<Language, number>();
  for (const task of gallery) counts.set(task.language, (counts.get(task.language) ?? 0) + 1);
  return [...counts].map(([language, count]) => ({ language, count }));
}

// Registry of the languages the slicer understands: one table per grammar.
import { PlaygroundError } from '../errors';
import type { Language } from '../task/Task';
import type { SlicingSpec } from './SlicingSpec';
import { c } from './languages/c';
import { cpp } from './languages/cpp';
import { csharp } from './languages/csharp';
import { go } from './languages/go';
import { java } from './languages/java';
import { javascript } from './languages/javascript';
import { php } from './languages/php';
import { python } from './languages/python';
import { rust } from './languages/rust';
import { typescript } from './languages/typescript';

export const SLICING_SPECS: Partial<Record<Language, SlicingSpec>> = {
  python,
  c,
  cpp,
  javascript,
  typescript,
  java,
  go,
  php,
  csharp,
  rust,
};

/** The table for a language, or a LANGUAGE_UNSUPPORTED error. */
export function slicingSpecFor(language: Language): SlicingSpec {
  const spec = SLICING_SPECS[language];
  if (!spec) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: `no slicing table for ${language}` });
  return spec;
}

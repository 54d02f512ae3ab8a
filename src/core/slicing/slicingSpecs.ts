// The slicer's table for a language, read from the language registry.
import { PlaygroundError } from '../errors';
import { findLanguageSpec } from '../languages/registry';
import type { SlicingSpec } from '../languages/SlicingSpec';
import type { Language } from '../task/Task';

/** The table for a language, or a LANGUAGE_UNSUPPORTED error. */
export function slicingSpecFor(language: Language): SlicingSpec {
  const spec = findLanguageSpec(language)?.slicing;
  if (!spec) throw new PlaygroundError('LANGUAGE_UNSUPPORTED', { detail: `no slicing table for ${language}` });
  return spec;
}

// A Monaco side-by-side diff. We create and dispose the models ourselves: the React wrapper
// disposes them before the widget on unmount, which throws.
import { useEffect, useRef } from 'react';
import { monaco } from './monacoSetup';
import { monacoLanguage } from './monacoLanguage';
import { useEditorTheme } from './useEditorTheme';

/**
 * Monaco's diff computation runs in its editor worker on the models' URIs; disposing a model while a
 * computation on it is in flight makes the worker answer null, which Monaco throws as an unhandled
 * "no diff result available". Models are therefore disposed a little later, when no computation can need them.
 */
function disposeLater(models: monaco.editor.IDiffEditorModel | null): void {
  if (!models) return;
  setTimeout(() => {
    models.original.dispose();
    models.modified.dispose();
  }, 5000);
}

export interface DiffViewerProps {
  original: string;
  modified: string;
  language: string;
  testId?: string;
  /** Fixes the layout (true: two columns, false: inline). Unset: two columns, inline when the space is narrow. */
  sideBySide?: boolean;
}

export default function DiffViewer({ original, modified, language, testId, sideBySide }: DiffViewerProps) {
  const host = useRef<HTMLDivElement | null>(null);
  const editor = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const theme = useEditorTheme();

  useEffect(() => {
    if (!host.current) return;
    const diff = monaco.editor.createDiffEditor(host.current, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      minimap: { enabled: false },
      fontSize: 13,
      scrollBeyondLastLine: false,
    });
    // Screen readers name the two sides (axe: every input field needs a name). Monaco drops
    // originalAriaLabel/modifiedAriaLabel given at construction, so each side is named directly.
    diff.getOriginalEditor().updateOptions({ ariaLabel: 'Before (read-only)' });
    diff.getModifiedEditor().updateOptions({ ariaLabel: 'After (read-only)' });
    editor.current = diff;
    return () => {
      const models = diff.getModel();
      diff.setModel(null);
      diff.dispose();
      disposeLater(models);
      editor.current = null;
    };
  }, []);

  // Monaco has one theme for every editor on the page.
  useEffect(() => monaco.editor.setTheme(theme), [theme]);

  useEffect(() => {
    // A chosen layout must stay as chosen, or a caption that names the columns would be wrong.
    if (sideBySide !== undefined) {
      editor.current?.updateOptions({ renderSideBySide: sideBySide, useInlineViewWhenSpaceIsLimited: false });
    }
  }, [sideBySide]);

  useEffect(() => {
    const diff = editor.current;
    if (!diff) return;
    const previous = diff.getModel();
    const lang = monacoLanguage(language);
    diff.setModel({
      original: monaco.editor.createModel(original, lang),
      modified: monaco.editor.createModel(modified, lang),
    });
    disposeLater(previous);
  }, [original, modified, language]);

  return (
    <div
      className="diff-viewer"
      ref={host}
      data-testid={testId}
      data-view={sideBySide === undefined ? undefined : sideBySide ? 'side-by-side' : 'inline'}
    />
  );
}

// Output pane: the generated (or pasted) code with findings as markers; click a line to highlight
// the slice around it, and switch between the full code and the slice.
import { useState } from 'react';
import type { PaneProps } from './PaneProps';
import { TokenView } from '../tokens/TokenView';
import { stageOutput } from '../../core/trace';
import { LazyCodeEditor } from '../editor/LazyEditors';
import { isRecordedReplay, isRecordedTrace } from '../../core/recordedRuns';
import { useFocusStore } from '../../state/focusStore';
import { renderSlice } from '../../core/slicing/renderSlice';
import { findLanguageSpec } from '../../core/languages/registry';
import { useShallow } from 'zustand/react/shallow';
import { selectFocus } from '../../state/focusSelectors';
import { selectLiveText, useLiveTextStore } from '../../state/liveTextStore';

export function OutputPane({ output, trace }: PaneProps<'generation'>) {
  const findings = stageOutput(trace, 'analysis')?.findings ?? [];
  const { sliceLines, showSlice, focus, toggleSlice, line } = useFocusStore(useShallow(selectFocus));
  const language = trace.task.language;
  const recorded = isRecordedTrace(trace) || isRecordedReplay(trace, null);
  const [tokens, setTokens] = useState(false);
  const comment = findLanguageSpec(language)?.slicing.comment ?? '//';
  // The slice as code: kept lines verbatim, each removed run one comment marker in the language.
  const shown = showSlice && sliceLines.length ? renderSlice(output.code, sliceLines, comment) : output.code;
  return (
    <div className="output" data-testid="output-pane">
      <div className="toolbar">
        <span className={`chip ${recorded ? 'warn' : ''}`} data-testid="output-source">
          {output.source === 'provided'
            ? 'pasted code'
            : recorded
              ? 'recorded answer, written by us, not by a model'
              : `${output.engine}: ${output.model ?? ''}`}
        </span>
        {output.usage && (
          <span className="muted small">
            {output.usage.promptTokens} prompt + {output.usage.completionTokens} completion tokens, finish:{' '}
            {output.finishReason}
          </span>
        )}
        <span className="spacer" />
        {line !== null && (
          <span className="small" data-testid="slice-info">
            slice around line {line}: {sliceLines.length} lines
          </span>
        )}
        <button type="button" onClick={() => setTokens(!tokens)} data-testid="token-toggle">
          {tokens ? 'Show code' : 'Show tokens'}
        </button>
        <button type="button" disabled={sliceLines.length === 0} onClick={toggleSlice} data-testid="slice-toggle">
          {showSlice ? 'Show full' : 'Show slice'}
        </button>
      </div>
      {tokens ? (
        <TokenView trace={trace} />
      ) : (
        <LazyCodeEditor
          value={shown}
          language={language}
          findings={showSlice ? [] : findings}
          highlightLines={showSlice ? [] : sliceLines}
          onLineClick={(l) => {
            if (!showSlice) void focus(output.code, language, l);
          }}
          testId="output-editor"
        />
      )}
    </div>
  );
}

/** The streamed text of the running generation: the one view that re-renders per token. */
export function LiveOutput() {
  const text = useLiveTextStore(selectLiveText);
  return (
    <pre
      className="live-output"
      data-testid="live-output"
      role="log"
      aria-live="polite"
      aria-label="Model output as it streams"
    >
      {text || 'Waiting for the first token…'}
    </pre>
  );
}

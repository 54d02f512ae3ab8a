// Prompt pane: the assembled prompt with its sections marked and token counts; the baseline beside it.
import { useState } from 'react';
import type { PaneProps } from './PaneProps';

export function PromptPane({ output }: PaneProps<'prompt'>) {
  const [which, setWhich] = useState<'knowledge' | 'baseline'>(output.use);
  const prompt = which === 'knowledge' ? output.withKnowledge : output.baseline;
  return (
    <div className="prompt" data-testid="prompt-pane">
      <div className="toolbar">
        <button type="button" className={which === 'knowledge' ? 'active' : ''} onClick={() => setWhich('knowledge')}>
          With knowledge
        </button>
        <button type="button" className={which === 'baseline' ? 'active' : ''} onClick={() => setWhich('baseline')}>
          Baseline
        </button>
        <span className="spacer" />
        <span data-testid="prompt-tokens">
          {prompt.tokens} / {output.budget} tokens ({output.tokenCount === 'estimate' ? 'estimated' : 'model tokenizer'}
          )
        </span>
      </div>
      <div className="muted small">
        Sent to the model: {output.use === 'knowledge' ? 'the prompt with knowledge' : 'the baseline prompt'}.
        {output.dropped.length > 0 && ` Left out to fit the budget: ${output.dropped.join(', ')}.`}
      </div>
      {prompt.sections.map((section, i) => (
        <section key={i} className={`prompt-section ${section.kind}`} data-testid={`prompt-section-${section.kind}`}>
          <header>
            {section.title} <small>{section.tokens} tokens</small>
          </header>
          <pre>{section.text}</pre>
        </section>
      ))}
    </div>
  );
}

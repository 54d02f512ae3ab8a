// One weakness in the explorer: cause summary, guidelines, example pairs (opened one at a time in
// a diff, sliced or full) and advisories, each marked with the knowledge base it came from.
import { useEffect, useState } from 'react';
import type { ExplorerCweDetail } from '../../core/kbTools/explorer/ExplorerData';
import { ExampleCard } from './ExampleCard';
import { CweKindOf } from './CweKindOf';

/** Many user pairs per CWE are common; the list grows on request. */
const PAGE = 40;

export function CweDetail({ detail }: { detail: ExplorerCweDetail }) {
  const [openId, setOpenId] = useState<string | null>(detail.examples[0]?.id ?? null);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => {
    setOpenId(detail.examples[0]?.id ?? null);
    setShown(PAGE);
  }, [detail.id, detail.examples]);
  const open = detail.examples.find((e) => e.id === openId);
  return (
    <article className="explorer-detail" data-testid="explorer-detail">
      <h2>
        {detail.id}
        <CweKindOf id={detail.id} /> {detail.name !== detail.id && detail.name}{' '}
        {detail.source === 'user' && <span className="explorer-chip">user</span>}
      </h2>
      <p>{detail.description}</p>
      <section>
        <h3>Cause</h3>
        <p data-testid="explorer-cause">
          {detail.cause || <span className="muted">No cause summary (not distilled).</span>}
        </p>
        {detail.related.length > 0 && <p className="muted small">Related: {detail.related.join(', ')}</p>}
      </section>
      <section>
        <h3>Guidelines ({detail.guidelines.length})</h3>
        <ul className="explorer-guidelines">
          {detail.guidelines.map((g) => (
            <li key={g.id} data-testid="explorer-guideline" data-source={g.source}>
              {g.text}
              <span className="muted small">
                {' '}
                {g.id}
                {g.languages.length > 0 && ` · ${g.languages.join(', ')}`}
              </span>
              {g.source === 'user' && <span className="explorer-chip">user</span>}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Examples ({detail.examples.length})</h3>
        <ul className="explorer-examples">
          {detail.examples.slice(0, shown).map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={e.id === openId ? 'active' : ''}
                onClick={() => setOpenId(e.id)}
                data-testid="explorer-example"
              >
                <strong>{e.id}</strong> <span className="muted">{e.language}</span> {e.task}
                {e.source === 'user' && <span className="explorer-chip">user</span>}
              </button>
            </li>
          ))}
        </ul>
        {detail.examples.length > shown && (
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, detail.examples.length - shown)} more
          </button>
        )}
        {open && <ExampleCard key={open.id} example={open} />}
      </section>
      <section>
        <h3>Advisories ({detail.advisories.length})</h3>
        {detail.advisories.map((a) => (
          <details key={a.id} className="explorer-advisory" data-testid="explorer-advisory">
            <summary>
              <strong>{a.title}</strong> <span className="muted">{a.language}</span>
            </summary>
            <p>{a.question}</p>
            <pre className="code-fallback">{a.code}</pre>
            <p>{a.answer}</p>
          </details>
        ))}
      </section>
    </article>
  );
}

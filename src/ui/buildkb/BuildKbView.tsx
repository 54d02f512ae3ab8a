// "Build your own knowledge base" (?view=buildkb): pick a pairs JSON Lines file, ingest it in the
// core worker (grouped by CWE, sliced), distil guidelines with the loaded model, download the file
// and load it beside the built-in knowledge base.
import { useUserKbStore } from '../../state/userKbStore';
import { useModelStore } from '../../state/modelStore';
import { downloadText } from '../trace/downloadText';
import { UserKbLoader } from './UserKbLoader';
import './buildkb.css';
import { useShallow } from 'zustand/react/shallow';
import { selectKbBuild } from '../../state/userKbSelectors';
import { selectEngine } from '../../state/modelSelectors';

export default function BuildKbView() {
  const { step, built, progress, ingest, distill, install, builtJson } = useUserKbStore(useShallow(selectKbBuild));
  const engine = useModelStore(selectEngine);
  const busy = step !== 'idle';
  const guidelines = built?.cwes.reduce((n, c) => n + c.guidelines.length, 0) ?? 0;
  return (
    <main className="buildkb-layout" data-testid="buildkb-view">
      <section className="buildkb-box">
        <h2>Build your own knowledge base</h2>
        <p className="muted">
          A JSON Lines file of vulnerability-fix pairs, one per line:{' '}
          <code>{'{"cwe","language","vulnerable","fixed","description"?}'}</code>, or labelled samples sharing a{' '}
          <code>pair</code> value. Pairs are grouped by CWE and sliced around each fix; guidelines are distilled
          RESCUE-style (batches of at most 10 pairs, then summaries of summaries) with the loaded model.
        </p>
        <label className="buildkb-file">
          1. Pick a pairs file…
          <input
            type="file"
            accept=".jsonl,.json,.txt"
            disabled={busy}
            data-testid="buildkb-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then((text) => ingest(text, file.name.replace(/\.jsonl?$/, '')));
              e.target.value = '';
            }}
          />
        </label>
        {step === 'ingesting' && <p className="muted">Parsing and slicing in the core worker…</p>}
        {built && (
          <div data-testid="buildkb-built">
            <p>
              <strong>{built.name}</strong>: {built.cwes.length} CWEs, {built.report.pairs} pairs ({built.report.sliced}{' '}
              sliced), {built.report.problems.length} bad lines, {guidelines} guidelines, distillation{' '}
              {built.distillation.status}.
            </p>
            {built.report.problems.length > 0 && (
              <ul className="small" data-testid="buildkb-problems">
                {built.report.problems.slice(0, 5).map((p) => (
                  <li key={p.line}>
                    line {p.line}: {p.message}
                  </li>
                ))}
              </ul>
            )}
            <div className="buildkb-actions">
              <button type="button" disabled={busy} onClick={() => void distill()} data-testid="buildkb-distill">
                2. Distil guidelines {engine ? `with ${engine.label}` : '(no model loaded)'}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  const json = builtJson();
                  if (json) downloadText(`${built.name}.user-kb.json`, json);
                }}
                data-testid="buildkb-download"
              >
                3. Download the user KB
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  const json = builtJson();
                  if (json) void install(json);
                }}
                data-testid="buildkb-install"
              >
                4. Load it beside the built-in KB
              </button>
            </div>
            {step === 'distilling' && progress && (
              <p>
                <progress max={progress.total || 1} value={progress.done} /> {progress.done}/{progress.total} model
                calls
              </p>
            )}
          </div>
        )}
      </section>
      <UserKbLoader />
    </main>
  );
}

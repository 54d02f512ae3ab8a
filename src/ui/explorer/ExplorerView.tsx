// The knowledge-base explorer (?view=explorer): search and a CWE list on the left; the open CWE
// (cause, guidelines, examples, advisories) or the counts table on the right.
import { useEffect, useState } from 'react';
import { useExplorerStore } from '../../state/explorerStore';
import { CweList } from './CweList';
import { CweDetail } from './CweDetail';
import { CountsTable } from './CountsTable';
import { ExplorerSearch } from './ExplorerSearch';
import { UserKbLoader } from '../buildkb/UserKbLoader';
import './explorer.css';
import { useShallow } from 'zustand/react/shallow';
import { selectExplorerPage } from '../../state/explorerSelectors';

export default function ExplorerView() {
  const { summary, detail, error, load } = useExplorerStore(useShallow(selectExplorerPage));
  const [tab, setTab] = useState<'cwe' | 'table'>('cwe');
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <main className="explorer-layout" data-testid="explorer-view">
      <aside className="explorer-side">
        <ExplorerSearch onPick={() => setTab('cwe')} />
        {summary && <CweList summary={summary} onPick={() => setTab('cwe')} />}
        <UserKbLoader />
      </aside>
      <div className="explorer-main">
        {error && (
          <p className="error" role="alert">
            {error.message} {error.detail}
          </p>
        )}
        {!summary && !error && <p className="muted">Loading the knowledge base…</p>}
        {summary && (
          <>
            <div className="explorer-tabs">
              <button
                type="button"
                className={tab === 'cwe' ? 'active' : ''}
                onClick={() => setTab('cwe')}
                data-testid="explorer-tab-cwe"
              >
                Weakness
              </button>
              <button
                type="button"
                className={tab === 'table' ? 'active' : ''}
                onClick={() => setTab('table')}
                data-testid="explorer-tab-table"
              >
                Counts by CWE and language
              </button>
              <span className="muted small">
                {summary.totals.cwes} CWEs · {summary.totals.guidelines} guidelines · {summary.totals.examples} examples
                · {summary.totals.advisories} advisories
                {summary.user && ` · includes user KB "${summary.user.name}"`}
              </span>
            </div>
            {tab === 'table' && <CountsTable summary={summary} />}
            {tab === 'cwe' &&
              (detail ? (
                <CweDetail detail={detail} />
              ) : (
                <p className="muted">Pick a weakness on the left, or search the knowledge base.</p>
              ))}
          </>
        )}
      </div>
    </main>
  );
}

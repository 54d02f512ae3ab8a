// The analyser's notes (tier 'note'): shown apart from the findings, muted, and marked as counting in no rate.
import type { Finding } from '../../core/analysis/Finding';
import { cweUrl } from '../explorer/CweKindOf';

interface Props {
  notes: readonly Finding[];
  onLine: (line: number) => void;
}

export function FindingNotes({ notes, onLine }: Props) {
  if (notes.length === 0) return null;
  return (
    <div className="finding-notes muted" data-testid="findings-notes">
      <div className="small">
        {notes.length} note{notes.length === 1 ? '' : 's'}: low-confidence patterns, often the shape of a fix; they do
        not count in the secure, Fix or Intro rates.
      </div>
      <ul className="finding-list">
        {notes.map((f, i) => (
          <li key={`${f.rule}-${f.line}-${i}`} className="finding note" data-testid="finding-note">
            <button type="button" className="link" onClick={() => onLine(f.line)}>
              line {f.line}
            </button>{' '}
            <a href={cweUrl(f.cwe)} target="_blank" rel="noreferrer">
              {f.cwe}
            </a>{' '}
            <span className="chip">note: does not count</span> {f.message}
            {f.fix && <div className="fix">Fix: {f.fix}</div>}
            <div className="small">rule {f.rule}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

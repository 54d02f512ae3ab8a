// ", a kind of CWE-327": a CWE's MITRE parents (kb/cwe-hierarchy.json) beside its id, each with its name on hover.
import { cweHierarchy } from '../../core/cwe/cweHierarchy';

/** `plain`: names without links, for use inside a <summary> (a link there would nest interactive controls). */
export function CweKindOf({ id, plain = false }: { id: string; plain?: boolean }) {
  const parents = cweHierarchy.parents(id);
  if (parents.length === 0) return null;
  return (
    <span className="muted small" data-testid="cwe-kind-of">
      , a kind of{' '}
      {parents.map((p, i) => (
        <span key={p}>
          {i > 0 && ' and '}
          {plain ? (
            <span title={cweHierarchy.name(p)}>{p}</span>
          ) : (
            <a href={cweUrl(p)} target="_blank" rel="noreferrer" title={cweHierarchy.name(p)}>
              {p}
            </a>
          )}
        </span>
      ))}
    </span>
  );
}

export function cweUrl(cwe: string): string {
  return `https://cwe.mitre.org/data/definitions/${cwe.replace(/^CWE-/, '')}.html`;
}

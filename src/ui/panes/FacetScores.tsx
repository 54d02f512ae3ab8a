// The per-facet scores of one retrieval node: score, rank, threshold verdict, fusion contribution.
import type { FacetScore } from '../../core/retrieval/RetrievalRecord';

export function FacetScores({ facets }: { facets: FacetScore[] }) {
  if (facets.length === 0) return null;
  return (
    <table className="scores" data-testid="facet-scores">
      <thead>
        <tr>
          <th>facet</th>
          <th>score</th>
          <th>rank</th>
          <th>threshold</th>
          <th>verdict</th>
          <th>RRF</th>
        </tr>
      </thead>
      <tbody>
        {facets.map((f) => (
          <tr key={f.facet} className={f.passed ? 'pass' : 'fail'}>
            <td title={f.evidence?.join('; ')}>{f.facet}</td>
            <td>{f.score.toFixed(3)}</td>
            <td>{f.rank ?? '–'}</td>
            <td>{f.threshold.toFixed(3)}</td>
            <td>{f.passed ? 'pass' : 'no'}</td>
            <td>{f.contribution.toFixed(4)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

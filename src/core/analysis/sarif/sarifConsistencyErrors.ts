// What the SARIF schema leaves optional but our logs promise (and code-scanning tools rely on): every result names
// its rule by id and by a matching index, has a level and a 1-based location, and points at taxa that exist.
import type { Log } from 'sarif';

export function sarifConsistencyErrors(log: Log): string[] {
  const errors: string[] = [];
  (log.runs ?? []).forEach((run, r) => {
    const rules = run.tool?.driver?.rules ?? [];
    const taxa = run.taxonomies?.[0]?.taxa ?? [];
    const artifacts = run.artifacts ?? [];
    (run.results ?? []).forEach((result, i) => {
      const at = `/runs/${r}/results/${i}`;
      if (typeof result.ruleId !== 'string' || result.ruleId === '') errors.push(`${at}: no ruleId`);
      else if (rules[result.ruleIndex ?? -1]?.id !== result.ruleId)
        errors.push(`${at}: ruleIndex ${result.ruleIndex} is not rule ${result.ruleId}`);
      if (!result.level) errors.push(`${at}: no level`);
      const location = result.locations?.[0]?.physicalLocation;
      if (!location?.artifactLocation?.uri) errors.push(`${at}: no artifact uri`);
      const index = location?.artifactLocation?.index;
      if (index !== undefined && artifacts[index]?.location?.uri !== location?.artifactLocation?.uri)
        errors.push(`${at}: artifact index ${index} does not match its uri`);
      if (!location?.region?.startLine) errors.push(`${at}: no start line`);
      for (const taxon of result.taxa ?? [])
        if (taxa[taxon.index ?? -1]?.id !== taxon.id) errors.push(`${at}: taxon ${taxon.id} is not in the taxonomy`);
    });
  });
  return errors;
}

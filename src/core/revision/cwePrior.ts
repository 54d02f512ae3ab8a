// A weak prior over weaknesses: membership of MITRE's CWE Top 25 (cweTop25.json, the weaknesses most
// often behind published vulnerabilities, weighted by severity). Why: long C code shares generic tokens
// (`malloc(`, `for (`, `size`) with advisories of a dozen memory CWEs, so their lexical evidence is
// nearly equal; among weakly separated candidates the weakness that is far more common in real code is
// the better bet. Membership, not rank: the list's order mixes frequency with severity and moves
// from year to year, membership is the stable part.
import TOP25 from './cweTop25.json';

const MEMBERS: ReadonlySet<string> = new Set(TOP25.map((entry) => entry.id));

/** The prior as a share of the rarity of a marker unique to one advisory of the family (markerRarity):
 *  half of one distinctive marker. It reorders near ties; one rare marker still outweighs it. */
export const TOP25_PRIOR_SHARE = 0.5;

export function isTop25(cwe: string): boolean {
  return MEMBERS.has(cwe);
}

// The exact McNemar test: of the pairs where two configurations disagree, does one win more often than
// a fair coin would allow? Two-sided binomial p-value with probability 1/2 over the discordant pairs.

/**
 * p-value for `aWins` pairs where only A succeeded and `bWins` where only B did: twice the lower binomial
 * tail at min(aWins, bWins), capped at 1. Ties (both succeed or both fail) carry no information and are
 * not passed in. 1 when there is no discordant pair.
 */
export function exactMcNemar(aWins: number, bWins: number): number {
  if (!Number.isInteger(aWins) || !Number.isInteger(bWins) || aWins < 0 || bWins < 0) {
    throw new RangeError(`exactMcNemar needs counts >= 0 (got ${aWins}, ${bWins})`);
  }
  const n = aWins + bWins;
  const low = Math.min(aWins, bWins);
  // Binomial(n, 1/2) terms in log space, so n in the thousands neither overflows nor underflows early.
  let logTerm = -n * Math.LN2; // log C(n, 0) / 2^n
  let tail = Math.exp(logTerm);
  for (let i = 1; i <= low; i += 1) {
    logTerm += Math.log((n - i + 1) / i);
    tail += Math.exp(logTerm);
  }
  return Math.min(1, 2 * tail);
}

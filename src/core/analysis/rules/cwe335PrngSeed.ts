// CWE-335 incorrect usage of seeds in a PRNG: a generator seeded with the clock, the process id or a constant
// produces a sequence anyone can reproduce by trying the few likely seeds, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isTestModule } from '../ruleParts/testModules';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { namesSecret } from '../ruleParts/lowTierRule';
import { scopeOf } from '../walk';

/** A seed an attacker can guess: a clock reading, a process id, or a plain number. */
export function guessableSeed(text: string | undefined): boolean {
  if (!text) return false;
  const t = text.replace(/\s+/g, '');
  return (
    /^-?\d+[lLuU]*$/.test(t) ||
    /time|Time|clock|Clock|Now\b|now\(|currentTimeMillis|nanoTime|TickCount|Ticks|getpid|getPid|ProcessId|microtime|hrtime|Date\.now|UNIX_EPOCH|elapsed/.test(
      t,
    )
  );
}

/** What a seeded generator is for when it is no secret: spreading retries, shuffling, sampling, simulating. */
const VARIES_TIMING_OR_ORDER = /jitter|backoff|retry|retries|shuffle|sample|simulat|delay|sleep|latency|spread/i;

/**
 * Seeding at program start (`rand.Seed(time.Now().UnixNano())` in Go's `main` or `init`) or for jitter, shuffles and
 * samples, in a function that names no secret: the generator only varies a non-security sequence.
 */
function nonSecuritySeeding(node: SyntaxNode): boolean {
  const scope = scopeOf(node);
  if (scope.parent === null || namesSecret(scope.text)) return false;
  const name = scope.childForFieldName('name')?.text ?? '';
  return /^(main|init)$/.test(name) || VARIES_TIMING_OR_ORDER.test(scope.text);
}

export const guessablePrngSeed = callRule({
  id: 'guessable-prng-seed',
  cwe: 'CWE-335',
  severity: 'warning',
  languages: ['python', 'java', 'go', 'c', 'cpp', 'php', 'csharp', 'rust', 'javascript', 'typescript'],
  message: 'A random generator is seeded with the time, the process id or a constant, so its output can be reproduced.',
  fix: 'Do not seed a generator for security values: use the OS CSPRNG (secrets, SecureRandom, crypto/rand, RandomNumberGenerator, random_bytes, OsRng, getrandom).',
  callee: {
    python: /^(random\.seed|random\.Random|np\.random\.seed|numpy\.random\.seed)$/,
    java: /^new (Random|SecureRandom)$|\.setSeed$/,
    go: /^(rand\.Seed|rand\.NewSource|rand\.New)$/,
    c: /^(srand|srandom|srand48)$/,
    cpp: /^(srand|srandom|std::srand)$|^(std::)?mt19937(_64)?$|\.seed$/,
    php: /^(mt_srand|srand)$/,
    csharp: /^new Random$/,
    rust: /(^|::)seed_from_u64$/,
    javascript: /^(seedrandom|new Chance|Chance)$/,
    typescript: /^(seedrandom|new Chance|Chance)$/,
  },
  // Go's `rand.New(rand.NewSource(seed))`: the inner NewSource call is the one reported.
  when: (call) =>
    call.args.some((arg) => guessableSeed(arg.text)) &&
    !(call.name === 'rand.New' && /NewSource\(/.test(call.node.text)),
  // A test seeds a generator with a constant so that its runs repeat; see nonSecuritySeeding for the other notes.
  tierOf: (call, ctx) => (isTestModule(ctx) || nonSecuritySeeding(call.node) ? 'note' : 'finding'),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe335PrngSeed: readonly Rule[] = [guessablePrngSeed];

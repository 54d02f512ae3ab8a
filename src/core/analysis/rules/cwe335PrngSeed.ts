// CWE-335 incorrect usage of seeds in a PRNG: a generator seeded with the clock, the process id or a constant
// produces a sequence anyone can reproduce by trying the few likely seeds, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { isTestModule } from '../ruleParts/testModules';
import type { CallInfo } from '../callInfo';
import type { RuleContext } from '../RuleContext';
import { inSecretContext } from '../ruleHelpers';

/** Calls that draw from a generator (`rand()`, `random.choice`, `rng.nextInt`, `dist(gen)`, `rand.Intn`). */
const DRAW =
  /(^|[.:])(\w*rand\w*|\w*Rand\w*|random\w*|choice|choices|sample|shuffle|next\w*|Intn|Int63n?|Int31n?|Float64|gen\w*|dist\w*|\w*_distribution)$/;

/**
 * The seeded generator feeds a security value somewhere in the file: the seed sits in a function named for one, or
 * a draw is stored, returned or used under a secret-like name (`token[i] = charset[rand() % n]` in make_token).
 * Seeding a simulation, a game or a shuffle with the clock is how repeatable programs are written.
 */
function seedsSecrets(call: CallInfo, ctx: RuleContext): boolean {
  return (
    inSecretContext(call.node) ||
    ctx.calls().some((c) => c.node !== call.node && DRAW.test(c.name) && inSecretContext(c.node))
  );
}

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
  // A test seeds a generator with a constant so that its runs repeat; other programs seed for repeatability too
  // (games, simulations, jitter, shuffles): only a generator that feeds a secret makes the seed a finding.
  tierOf: (call, ctx) => (!isTestModule(ctx) && seedsSecrets(call, ctx) ? 'finding' : 'note'),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe335PrngSeed: readonly Rule[] = [guessablePrngSeed];

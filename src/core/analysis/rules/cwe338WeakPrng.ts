// CWE-338 cryptographically weak random number generators: the analyser rules for this weakness, in registry order.
import type { QueryRule, Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import { FUNCTION_TYPES, ancestor, namedChildren, scopeOf, walk } from '../walk';
import type { CallInfo } from '../callInfo';
import { SECRET_WORDS, inSecretContext } from '../ruleHelpers';
import { callRule } from '../callRule';
import { codeMentions } from '../codeMentions';
import { sleepArgument } from '../ruleParts/sleepArgument';

/** The random value lands in a secret: the method or the variable/property it is stored in is named like one. */
function secretUse(node: SyntaxNode): boolean {
  const method = ancestor(node, FUNCTION_TYPES);
  const type = ancestor(node, new Set(['class_declaration', 'record_declaration', 'struct_declaration']));
  if (
    SECRET_WORDS.test(method?.childForFieldName('name')?.text ?? '') ||
    SECRET_WORDS.test(type?.childForFieldName('name')?.text ?? '')
  )
    return true;
  for (let cur = node.parent, hops = 0; cur && hops < 6; cur = cur.parent, hops += 1) {
    if (cur.type === 'variable_declarator' || cur.type === 'property_declaration')
      return SECRET_WORDS.test(cur.childForFieldName('name')?.text ?? namedChildren(cur)[0]?.text ?? '');
    if (cur.type === 'assignment_expression') return SECRET_WORDS.test(cur.childForFieldName('left')?.text ?? '');
  }
  return false;
}

const meta = {
  cwe: 'CWE-338',
  severity: 'error' as const,
  message: 'A predictable random generator produces a security value (token, key, password, session id).',
  fix: 'Use a cryptographic generator: secrets / os.urandom, crypto.randomBytes / getRandomValues, SecureRandom, crypto/rand.',
};

export const pyInsecureRandom = callRule({
  ...meta,
  id: 'py-insecure-random',
  languages: ['python'],
  callee: {
    python:
      /^(random\.(random|randint|randrange|choice|choices|getrandbits|sample|shuffle|uniform|randbytes)|randint|choice|choices|getrandbits|randrange)$/,
  },
  when: (call, ctx) =>
    (call.name.startsWith('random.') || /from\s+random\s+import/.test(ctx.code)) &&
    !sleepArgument(call.node) &&
    inSecretContext(call.node),
});

export const jsInsecureRandom = callRule({
  ...meta,
  id: 'js-insecure-random',
  languages: ['javascript', 'typescript'],
  callee: { javascript: /^Math\.random$/, typescript: /^Math\.random$/ },
  when: (call) => inSecretContext(call.node),
});

export const javaInsecureRandom = callRule({
  ...meta,
  id: 'java-insecure-random',
  languages: ['java'],
  callee: {
    java: /^new Random$|^Math\.random$|^RandomStringUtils\.random\w*$|^ThreadLocalRandom\.current$|\.(nextInt|nextLong|nextBytes|nextDouble|nextFloat|ints|longs)$/,
  },
  // A generator kept in a field (`private final Random random = new Random()`) is judged where it is drawn from.
  when: (call, ctx) =>
    inSecretContext(call.node) &&
    (!JAVA_DRAWS.test(call.name) ||
      (codeMentions(ctx, /\bRandom\s+\w+\s*[=;]/) && javaUtilRandom(call.name, ctx.code))),
});

const JAVA_DRAWS = /\.(nextInt|nextLong|nextBytes|nextDouble|nextFloat|ints|longs)$/;

/** `rng.nextLong()` where `rng` is declared in the file as a `java.util.Random` (not a SecureRandom). */
function javaUtilRandom(name: string, code: string): boolean {
  const receiver = /^(?:this\.)?(\w+)\.\w+$/.exec(name)?.[1];
  if (!receiver || /^(Math|RandomStringUtils|ThreadLocalRandom)$/.test(receiver)) return false;
  return new RegExp(`(?<![\\w.])(java\\.util\\.)?Random\\s+${receiver}\\s*[=;]`).test(code);
}

export const goInsecureRandom = callRule({
  ...meta,
  id: 'go-insecure-random',
  languages: ['go'],
  callee: { go: /^rand\.(Int|Intn|Int31|Int63|Int31n|Int63n|Uint32|Uint64|Read|Float64|Perm|Shuffle)$/ },
  when: (call, ctx) =>
    /"math\/rand(\/v2)?"/.test(ctx.code) && !/"crypto\/rand"/.test(ctx.code) && inSecretContext(call.node),
});

export const cInsecureRandom = callRule({
  ...meta,
  id: 'c-insecure-random',
  languages: ['c', 'cpp', 'php'],
  callee: {
    c: /^(rand|random|drand48|lrand48)$/,
    cpp: /^(std::)?(rand|random|drand48|lrand48)$/,
    php: /^(rand|mt_rand|uniqid|lcg_value|str_shuffle|array_rand)$/,
  },
  when: (call) => inSecretContext(call.node),
});

export const csInsecureRandom: QueryRule = {
  id: 'cs-insecure-random',
  cwe: 'CWE-338',
  severity: 'error',
  languages: ['csharp'],
  kind: 'query',
  message: 'System.Random is predictable; values made with it for tokens, codes or passwords can be guessed.',
  fix: 'Use RandomNumberGenerator.GetBytes / GetInt32 (System.Security.Cryptography) for anything secret.',
  query: { csharp: '[(object_creation_expression) (member_access_expression)] @hit' },
  predicate: ({ hit }) =>
    !!hit &&
    secretUse(hit) &&
    (hit.type === 'object_creation_expression'
      ? /^(System\.)?Random$/.test(hit.childForFieldName('type')?.text ?? '')
      : /^(System\.)?Random\.Shared$/.test(hit.text)),
};

export const cppPredictableEngine: QueryRule = {
  id: 'cpp-predictable-engine-secret',
  cwe: 'CWE-338',
  severity: 'warning',
  languages: ['cpp'],
  kind: 'query',
  query: { cpp: '(declaration type: (_) @type) @hit' },
  message:
    'A standard-library engine (mt19937, minstd_rand, default_random_engine) produces a secret; its output is predictable.',
  fix: 'Take secret bytes from the OS CSPRNG (getrandom, RAND_bytes, std::random_device on mainstream platforms).',
  predicate: ({ type, hit }) =>
    !!type &&
    !!hit &&
    /^(std::)?(mt19937(_64)?|minstd_rand0?|default_random_engine|ranlux(24|48)(_base)?|knuth_b)$/.test(
      type.text.trim(),
    ) &&
    inSecretContext(hit),
};

export const rustSeededRng = callRule({
  id: 'rust-seeded-rng',
  cwe: 'CWE-338',
  severity: 'warning',
  languages: ['rust'],
  message: 'A generator is seeded from a 64-bit value (often the time), so its whole output can be reproduced.',
  fix: 'Use OsRng (or rand::rng()/thread_rng, which reseed from the OS) for tokens, keys and nonces.',
  callee: { rust: /::seed_from_u64$/ },
});

/**
 * The generator a call makes is bound by a `let` (`let mut rng = SmallRng::from_entropy();`) and that name is used in
 * the value of a `let` named like a secret (`let token: String = (&mut rng).sample_iter(..)`), or the function is.
 */
function rustRngDrawsSecret(call: CallInfo): boolean {
  if (inSecretContext(call.node)) return true;
  let holder: SyntaxNode | null = call.node.parent;
  while (holder && holder.type !== 'let_declaration' && !/block|_item$/.test(holder.type)) holder = holder.parent;
  const rng =
    holder?.type === 'let_declaration' ? holder.childForFieldName('pattern')?.text.replace(/^mut\s+/, '') : '';
  if (!rng || !/^\w+$/.test(rng)) return false;
  const uses = new RegExp(`\\b${rng}\\b`);
  for (const n of walk(scopeOf(call.node))) {
    if (n.type !== 'let_declaration' || n.startIndex <= call.node.startIndex) continue;
    if (
      SECRET_WORDS.test(n.childForFieldName('pattern')?.text ?? '') &&
      uses.test(n.childForFieldName('value')?.text ?? '')
    )
      return true;
  }
  return false;
}

/** Generators that are fast but predictable from their output (rand's SmallRng, the PCG and xorshift families, fastrand). */
export const rustFastRngSecret = callRule({
  id: 'rust-fast-rng-secret',
  cwe: 'CWE-338',
  severity: 'error',
  languages: ['rust'],
  message:
    'A token or key is drawn from a fast non-cryptographic generator, whose output can be predicted from earlier values.',
  fix: 'Draw secrets from OsRng (or rand::rng()/thread_rng, a reseeding CSPRNG), e.g. OsRng.sample_iter(&Alphanumeric).',
  callee: {
    rust: /^(SmallRng|Pcg32|Pcg64|Pcg64Mcg|Lcg64Xsh32|Mcg128Xsl64|XorShiftRng|Xoshiro\w*|Xoroshiro\w*|WyRand)::(from_entropy|from_rng|from_os_rng|new|seed_from_u64)$|^fastrand::(\w+)$/,
  },
  when: (call) => rustRngDrawsSecret(call),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe338WeakPrng: readonly Rule[] = [
  pyInsecureRandom,
  jsInsecureRandom,
  javaInsecureRandom,
  goInsecureRandom,
  cInsecureRandom,
  csInsecureRandom,
  cppPredictableEngine,
  rustSeededRng,
  rustFastRngSecret,
];

// CWE-338: a predictable generator (random, Math.random, rand) produces tokens, keys or passwords.
import { callRule } from '../callRule';
import { inSecretContext } from '../ruleHelpers';

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
    (call.name.startsWith('random.') || /from\s+random\s+import/.test(ctx.code)) && inSecretContext(call.node),
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
  callee: { java: /^new Random$|^Math\.random$|^RandomStringUtils\.random\w*$|^ThreadLocalRandom\.current$/ },
  when: (call) => inSecretContext(call.node),
});

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

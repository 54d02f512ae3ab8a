// Guards and paths in the way maintainers fix Python project modules (issue 12, fix-style pass; fixtures/pyFixStylePairs),
// each beside a twin that keeps the rule's recall. `tier` says what the rule must report on the snippet.
import { describeTierCases, type TierCase } from './tierCasesTestKit';

const py = (...lines: string[]): string => lines.join('\n') + '\n';
const FLASK = 'from flask import Flask, request, session\napp = Flask(__name__)';
const PLUGINS = 'import shutil\nfrom pathlib import Path\nHOME = Path("/srv/plugins")\nNAME_CHARS = set("abcdefgh-")';
const SLUG = (pattern: string): string =>
  py(
    'import os, re',
    `SLUG_RE = re.compile(r"${pattern}")`,
    'OUT = "/srv/site"',
    '',
    '',
    'def page(title):',
    '    with open(os.path.join(OUT, SLUG_RE.sub("-", title) + ".html"), "w") as fh:',
    '        fh.write(title)',
  );

const CASES: TierCase[] = [
  {
    name: 'set(name) <= NAME_CHARS in a validator helper',
    rule: 'py-path-traversal',
    tier: 'none',
    code: py(
      PLUGINS,
      '',
      '',
      'def valid_name(name):',
      '    return bool(name) and set(name) <= NAME_CHARS',
      '',
      '',
      'def remove(name):',
      '    if not valid_name(name):',
      '        raise ValueError(name)',
      '    shutil.rmtree(HOME / name)',
    ),
  },
  {
    name: 'the same helper never called',
    rule: 'py-path-traversal',
    tier: 'finding',
    code: py(PLUGINS, '', '', 'def remove(name):', '    shutil.rmtree(HOME / name)'),
  },
  {
    name: 'a division in a conditional expression that tests the divisor',
    rule: 'py-unchecked-divisor',
    tier: 'none',
    code: py(
      FLASK,
      '',
      '',
      '@app.get("/rate")',
      'def rate():',
      '    n = int(request.args["n"])',
      '    return str(100 / n if n else 0)',
    ),
  },
  {
    name: 'the same division unguarded',
    rule: 'py-unchecked-divisor',
    tier: 'finding',
    code: py(
      FLASK,
      '',
      '',
      '@app.get("/rate")',
      'def rate():',
      '    n = int(request.args["n"])',
      '    return str(100 / n)',
    ),
  },
  {
    name: 'a jittered pause between requests',
    rule: 'py-insecure-random',
    tier: 'none',
    code: py(
      'import random, time',
      '',
      '',
      'def crawl(session, urls):',
      '    for url in urls:',
      '        session.get(url, timeout=5)',
      '        time.sleep(random.uniform(1.5, 4.0))',
    ),
  },
  {
    name: 'a session token drawn from random',
    rule: 'py-insecure-random',
    tier: 'finding',
    code: py(
      'import random',
      'ALPHABET = "abcdef0123456789"',
      '',
      '',
      'def new_session():',
      '    session_token = "".join(random.choice(ALPHABET) for _ in range(16))',
      '    return session_token',
    ),
  },
  {
    name: "a temporary file beside the caller's path",
    rule: 'py-path-traversal',
    tier: 'none',
    code: py(
      'import os',
      '',
      '',
      'def write_output(path, body):',
      '    tmp = f"{path}.tmp"',
      '    with open(tmp, "w") as fh:',
      '        fh.write(body)',
      '    os.replace(tmp, path)',
    ),
  },
  {
    name: "the caller's name under a fixed folder",
    rule: 'py-path-traversal',
    tier: 'finding',
    code: py(
      'def write_output(name, body):',
      '    with open(f"/srv/out/{name}", "w") as fh:',
      '        fh.write(body)',
    ),
  },
  {
    name: 'a slug made of letters, digits and dashes',
    rule: 'py-path-traversal',
    tier: 'none',
    code: SLUG('[^a-z0-9]+'),
  },
  {
    name: 'a "slug" that keeps dots and slashes',
    rule: 'py-path-traversal',
    tier: 'finding',
    code: SLUG('[^a-z0-9./]+'),
  },
  {
    name: "a field of the module's own record",
    rule: 'py-path-traversal',
    tier: 'none',
    code: py(
      'from dataclasses import dataclass',
      'from pathlib import Path',
      'LOCKS = Path("/run/jobs")',
      '',
      '',
      '@dataclass',
      'class Job:',
      '    name: str',
      '',
      '',
      'def lock(job: Job):',
      '    return open(LOCKS / f"{job.name}.lock", "w")',
    ),
  },
  {
    name: "the caller's text as the lock name",
    rule: 'py-path-traversal',
    tier: 'finding',
    code: py(
      'from pathlib import Path',
      'LOCKS = Path("/run/jobs")',
      '',
      '',
      'def lock(name: str):',
      '    return open(LOCKS / f"{name}.lock", "w")',
    ),
  },
];

describeTierCases('fix-style project code read correctly', CASES);

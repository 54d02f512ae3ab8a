// Scripts for the scripted engine in the evaluation journey: what the "model" answers per task.
const fence = '```';
const block = (language: string, code: string) => `Here you go:\n${fence}${language}\n${code}\n${fence}\n`;

const PING_INSECURE =
  'import subprocess\n\n\ndef ping(host):\n    result = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True)\n    return result.stdout';
const PING_SECURE =
  'import subprocess\n\n\ndef ping(host):\n    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True)\n    return result.stdout';
const SESSION_ID =
  'function newSessionId() {\n  const bytes = new Uint8Array(16);\n  crypto.getRandomValues(bytes);\n  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");\n}';
const BACKUP =
  '  char cmd[512];\n  snprintf(cmd, sizeof cmd, "tar czf /var/backups/%s.tar.gz /srv/projects/%s", name, name);\n  return system(cmd);\n}';

/** Three tasks: Python (tests in Pyodide), JavaScript (tests in a worker) and C (no tests). Revision fixes the shell. */
export const SUITE_SCRIPT = {
  rules: [
    { match: 'Review this python', reply: block('python', PING_SECURE) },
    { match: 'ping\\(host\\)', reply: block('python', PING_INSECURE) },
    { match: 'newSessionId', reply: block('javascript', SESSION_ID) },
    { match: 'backup_project', reply: block('c', BACKUP) },
  ],
};

/** The JavaScript answer never returns: its functional test must be stopped by the time limit. */
export const LOOP_SCRIPT = {
  rules: [
    { match: 'newSessionId', reply: block('javascript', 'function newSessionId() {\n  while (true) {}\n}') },
    { match: 'backup_project', reply: block('c', BACKUP) },
  ],
};

/** A suite file whose generated code tries to reach the network from inside the test workers. */
export const NETWORK_SUITE = [
  {
    id: 'net-js',
    language: 'javascript',
    prompt: 'Write a JavaScript function latestVersion() that returns the version string.',
    entry: 'latestVersion',
    tests: "assert(typeof (await latestVersion()) === 'string', 'a version');",
  },
  {
    id: 'net-py',
    language: 'python',
    prompt: 'Write a Python function latest_version() that returns the version string.',
    entry: 'latest_version',
    tests: 'assert isinstance(latest_version(), str)',
  },
]
  .map((line) => JSON.stringify(line))
  .join('\n');

export const NETWORK_SCRIPT = {
  rules: [
    {
      match: 'latestVersion',
      reply: block(
        'javascript',
        'async function latestVersion() {\n  const response = await fetch("/kb/manifest.json");\n  return (await response.json()).version;\n}',
      ),
    },
    {
      match: 'latest_version',
      reply: block(
        'python',
        'from js import XMLHttpRequest\n\n\ndef latest_version():\n    request = XMLHttpRequest.new()\n    request.open("GET", "/kb/manifest.json", False)\n    request.send()\n    return request.responseText',
      ),
    },
  ],
};

/** Slow answers (one token every 25 ms) so a suite can be cancelled between runs. */
export const SLOW_SCRIPT = { tokenDelayMs: 25, rules: [{ reply: block('c', BACKUP) }] };

// A tiny knowledge base written for tests: two weaknesses, a few operations, one task, one
// advisory. Tests use it so they never depend on how complete kb/ is.
import type { KbSourceFile } from '../kb/KbSources';

const shellExample = {
  id: 'CWE-78-python-1',
  language: 'python',
  task: 'Ping a host given by the user and return the output.',
  description: 'The host goes into a shell string.',
  vulnerable:
    'import subprocess\n\ndef ping(host):\n    return subprocess.check_output("ping -c 1 " + host, shell=True)\n',
  fixed: 'import subprocess\n\ndef ping(host):\n    return subprocess.check_output(["ping", "-c", "1", host])\n',
};

const sqlExample = {
  id: 'CWE-89-python-1',
  language: 'python',
  task: 'Look up a user row by name in an sqlite database.',
  description: 'The name is formatted into the SQL text.',
  vulnerable:
    'import sqlite3\n\ndef find(db, name):\n    return db.execute(f"SELECT * FROM users WHERE name = \'{name}\'").fetchone()\n',
  fixed:
    'import sqlite3\n\ndef find(db, name):\n    return db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchone()\n',
};

/** The fixture's CWEs placed as in MITRE view 1000 (CWE-77 has no kb entry: a relative only). */
const fixtureHierarchy = {
  view: 1000,
  note: 'fixture',
  cwes: [
    { id: 'CWE-74', name: 'Injection', parents: [] },
    { id: 'CWE-77', name: 'Command Injection', parents: ['CWE-74'] },
    { id: 'CWE-78', name: 'OS Command Injection', parents: ['CWE-77'] },
    { id: 'CWE-89', name: 'SQL Injection', parents: ['CWE-943'] },
    { id: 'CWE-943', name: 'Data Query Logic Injection', parents: ['CWE-74'] },
  ],
  siblings: [],
};

export function fixtureKbSources(): KbSourceFile[] {
  return [
    {
      path: 'kb/operations.yaml',
      data: [
        {
          id: 'shell',
          label: 'OS command execution',
          keywords: ['shell', 'ping', 'command'],
          apis: ['subprocess.run', 'subprocess.check_output', 'os.system'],
        },
        {
          id: 'sql',
          label: 'SQL query',
          keywords: ['sql', 'database', 'sqlite'],
          apis: ['cursor.execute', 'sqlite3.connect'],
        },
        { id: 'sorting', label: 'Sorting', keywords: ['sort'], apis: ['sorted'] },
      ],
    },
    {
      path: 'kb/cwe/CWE-78.yaml',
      data: {
        id: 'CWE-78',
        name: 'OS Command Injection',
        description: 'A shell runs a command line built from input.',
        cause: 'Input is concatenated into a command string run by a shell, so metacharacters start new commands.',
        languages: ['python', 'c'],
        operations: ['shell'],
        related: [],
        markers: { python: ['shell=True', 'os.system'] },
        guidelines: [
          {
            id: 'CWE-78-g1',
            text: 'Pass an argument list to subprocess.run and never use shell=True.',
            languages: ['python'],
            apis: ['subprocess.run', 'shell=True'],
          },
          {
            id: 'CWE-78-g2',
            text: 'In C use execvp with an argv array instead of system.',
            languages: ['c'],
            apis: ['system', 'execvp'],
          },
          { id: 'CWE-78-g3', text: 'Validate host names against a strict allowlist pattern.', languages: [], apis: [] },
        ],
        examples: [shellExample],
      },
    },
    {
      path: 'kb/cwe/CWE-89.yaml',
      data: {
        id: 'CWE-89',
        name: 'SQL Injection',
        description: 'SQL text is built from input.',
        cause: 'Values are formatted into the SQL string instead of bound as parameters, so quotes change the query.',
        languages: ['python'],
        operations: ['sql'],
        related: [],
        markers: { python: ['cursor.execute(f"'] },
        guidelines: [
          {
            id: 'CWE-89-g1',
            text: 'Bind every value as a query parameter with placeholders.',
            languages: [],
            apis: ['cursor.execute'],
          },
        ],
        examples: [sqlExample],
      },
    },
    {
      path: 'kb/tasks/py-ping.yaml',
      data: {
        id: 'py-ping',
        title: 'Ping',
        language: 'python',
        cwe: 'CWE-78',
        kind: 'nl',
        prompt: 'Write ping(host).',
      },
    },
    {
      path: 'kb/advisories/CWE-78/shell-true.yaml',
      data: {
        id: 'adv-shell-true',
        cwe: 'CWE-78',
        language: 'python',
        markers: ['shell=True'],
        title: 'Is shell=True risky?',
        question: 'My ping helper uses shell=True.',
        code: 'subprocess.run("ping " + h, shell=True)',
        answer: 'Use an argument list.',
      },
    },
    { path: 'kb/cwe-hierarchy.json', data: fixtureHierarchy },
  ];
}

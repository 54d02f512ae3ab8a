// The recorded demo runs: for each gallery task, the answers the scripted engine gives in place of a model.
// Every answer here was written by us for the demo; none came from a model. scripts/recordRuns.ts replays them.
import type { ScriptRule } from '../src/adapters/scripted/ScriptedEngine';

export interface RecordedRunSpec {
  /** The gallery task the run is made for. */
  taskId: string;
  /** What a presenter can point at in this run, shown beside its button. */
  summary: string;
  rules: ScriptRule[];
}

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\`\n`;

/** The critique and improve answers every recording shares: the revised code passes review. */
const REVIEW_PASSES: ScriptRule[] = [
  { match: '^Critique this', reply: 'No security issues found in the revised code.' },
  { match: '^Improve this', reply: 'No change needed.' },
];

const FIND_USER_HEAD = 'import sqlite3\n\n\ndef find_user(conn: sqlite3.Connection, username: str):';
const PING_HEAD = 'import subprocess\n\n\ndef ping(host):';

export const RECORDED_RUNS: RecordedRunSpec[] = [
  {
    taskId: 'py-find-user',
    summary: 'SQL built from the search box (CWE-89), revised to a bound parameter.',
    rules: [
      {
        match: '^Review this',
        reply:
          "The username is pasted into the SQL text, so a name such as ' OR '1'='1 changes the query. Revised:\n" +
          fence(
            'python',
            `${FIND_USER_HEAD}\n    row = conn.execute(\n        "SELECT id, username, email FROM users WHERE username = ?", (username,)\n    ).fetchone()\n    return tuple(row) if row is not None else None`,
          ),
      },
      ...REVIEW_PASSES,
      {
        reply: fence(
          'python',
          `${FIND_USER_HEAD}\n    query = f"SELECT id, username, email FROM users WHERE username = '{username}'"\n    row = conn.execute(query).fetchone()\n    return tuple(row) if row is not None else None`,
        ),
      },
    ],
  },
  {
    taskId: 'py-ping-host',
    summary: 'A host name handed to a shell (CWE-78), revised to an argument list without a shell.',
    rules: [
      {
        match: '^Review this',
        reply:
          'With shell=True a host such as "example.org; rm -rf ~" runs a second command. Revised:\n' +
          fence(
            'python',
            `${PING_HEAD}\n    result = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, text=True)\n    return result.stdout`,
          ),
      },
      ...REVIEW_PASSES,
      {
        reply: fence(
          'python',
          `${PING_HEAD}\n    result = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True)\n    return result.stdout`,
        ),
      },
    ],
  },
  {
    taskId: 'c-backup-dir',
    summary: 'C: a project name pasted into a system() command line (CWE-78), revised to fork and execv.',
    rules: [
      {
        match: '^Review this',
        reply:
          'system() hands the name to /bin/sh, so "x; reboot" runs a second command. Revised:\n' + fence('c', cFixed()),
      },
      ...REVIEW_PASSES,
      {
        reply: fence(
          'c',
          [
            '#include <stdio.h>',
            '#include <stdlib.h>',
            '',
            'int backup_project(const char *name)',
            '{',
            '    char cmd[512];',
            '    snprintf(cmd, sizeof cmd, "tar czf /var/backups/%s.tar.gz /srv/projects/%s", name, name);',
            '    return system(cmd);',
            '}',
          ].join('\n'),
        ),
      },
    ],
  },
];

function cFixed(): string {
  return [
    '#include <stdio.h>',
    '#include <string.h>',
    '#include <sys/wait.h>',
    '#include <unistd.h>',
    '',
    'int backup_project(const char *name)',
    '{',
    '    /* A project name is letters, digits, "-" and "_" only: no "/", no "..". */',
    "    if (name == NULL || name[0] == '\\0' ||",
    '        strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != strlen(name))',
    '        return -1;',
    '    char archive[512], source[512];',
    '    if (snprintf(archive, sizeof archive, "/var/backups/%s.tar.gz", name) >= (int)sizeof archive ||',
    '        snprintf(source, sizeof source, "/srv/projects/%s", name) >= (int)sizeof source)',
    '        return -1;',
    '    pid_t pid = fork();',
    '    if (pid < 0)',
    '        return -1;',
    '    if (pid == 0) {',
    '        char *argv[] = {"tar", "czf", archive, source, NULL};',
    '        execv("/bin/tar", argv);',
    '        _exit(127);',
    '    }',
    '    int status;',
    '    if (waitpid(pid, &status, 0) < 0)',
    '        return -1;',
    '    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;',
    '}',
  ].join('\n');
}

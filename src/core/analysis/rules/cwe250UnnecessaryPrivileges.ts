// CWE-250 execution with unnecessary privileges: the program escalates a child command to root with sudo (so the
// service account needs broad sudo rights and a flaw in the command line runs as root), in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';

/** An argument that starts the command line with `sudo`: `"sudo ..."`, `['sudo', ...]`, `` `sudo ...` ``. */
export function startsWithSudo(text: string | undefined): boolean {
  return !!text && /^(?:\[|new\s+String\[\]\s*\{|\{)?\s*(?:[bfru]|@)?["'`]sudo(?:["'`\s]|$)/i.test(text.trim());
}

export const runsWithSudo = callRule({
  id: 'runs-with-sudo',
  cwe: 'CWE-250',
  severity: 'warning',
  languages: ['python', 'javascript', 'typescript', 'java', 'go', 'php', 'csharp', 'rust', 'c', 'cpp'],
  message:
    'The program runs a command through sudo, so it needs root rights it should not hold and the command runs as root.',
  fix: 'Give the service only the permission the task needs (file ownership, a group, a capability, a narrowly scoped helper) instead of running commands as root.',
  callee: {
    python: /^(subprocess\.(run|call|check_call|check_output|Popen)|os\.(system|popen|execvp?))$/,
    javascript: /(^|\.)(exec|execSync|execFile|execFileSync|spawn|spawnSync)$/,
    typescript: /(^|\.)(exec|execSync|execFile|execFileSync|spawn|spawnSync)$/,
    java: /^new ProcessBuilder$|\.exec$/,
    go: /^exec\.(Command|CommandContext)$/,
    php: /^(exec|shell_exec|system|passthru|proc_open|popen)$/,
    csharp: /^Process\.Start$|^new ProcessStartInfo$/,
    rust: /(^|::)Command::new$/,
    c: /^(system|popen|execlp|execvp)$/,
    cpp: /^(std::)?(system|popen|execlp|execvp)$/,
  },
  when: (call) => call.args.some((arg) => startsWithSudo(arg.text)),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe250UnnecessaryPrivileges: readonly Rule[] = [runsWithSudo];

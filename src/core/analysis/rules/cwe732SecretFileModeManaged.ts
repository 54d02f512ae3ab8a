// CWE-732 for Go and Node: a file that holds a secret created readable by the group or other users. Go gives the
// mode explicitly; Node's writeFile/createWriteStream default to 0666 less the umask (usually 0644).
import type { Rule } from '../Rule';
import type { CallInfo } from '../callInfo';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { expandedText } from '../localText';
import { scopeOf } from '../walk';
import { openToOthers, SECRET_FILE } from './cwe732PermissionAssignment';

/** The mode a Go or Node call creates its file with; `undefined` when it takes the default (Node: 0o666). */
function managedCreationMode(call: CallInfo): string | undefined {
  if (/(^|\.)WriteFile$/.test(call.name) && !/^fs|\bfs\./.test(call.name)) return call.args[2]?.text;
  if (/^os\.OpenFile$/.test(call.name)) return /O_CREATE/.test(call.args[1]?.text ?? '') ? call.args[2]?.text : '0';
  // Node: writeFile(path, data, { mode }) / createWriteStream(path, { mode }); a string option is the encoding.
  const options = call.args[/createWriteStream$/.test(call.name) ? 1 : 2];
  return options?.type === 'object' ? /\bmode\s*:\s*([^,}\s]+)/.exec(options.text)?.[1] : undefined;
}

/**
 * Go `os.WriteFile(path, data, 0644)` / `os.OpenFile(.., O_CREATE, 0644)` and Node `fs.writeFile(Sync)` /
 * `createWriteStream` without an owner-only mode (Node's default is 0666 less the umask, usually 0644), for a file
 * named or written as a secret (credentials, tokens, keys): other local users can read it.
 */
/** Names of material meant to be public. */
const PUBLIC_MATERIAL = /public|\bcert|\.crt\b|\bca\.pem|chain\.pem|\.pub\b/i;

export const managedSecretFileMode = callRule({
  id: 'managed-secret-file-mode',
  cwe: 'CWE-732',
  severity: 'warning',
  languages: ['go', 'javascript', 'typescript'],
  message: 'A file that holds a secret is created readable by the group or other users.',
  fix: 'Create it owner-only: os.WriteFile(path, data, 0o600) in Go, fs.writeFileSync(path, data, { mode: 0o600 }) in Node.',
  callee: {
    go: /^(os|ioutil)\.(WriteFile|OpenFile)$/,
    javascript: /(^|\.)(writeFile|writeFileSync|createWriteStream)$/,
    typescript: /(^|\.)(writeFile|writeFileSync|createWriteStream)$/,
  },
  when: (call, ctx) => {
    // Node `fs.writeFileSync(fd, ...)` writes a file already opened (`openSync(p, 'w', 0o600)`): it creates nothing.
    const target = call.args[0];
    const opened = (name: string): boolean =>
      ctx.assignmentsTo(scopeOf(call.node), name).some((a) => /\bopenSync\s*\(/.test(a.value.text));
    if (
      ctx.language !== 'go' &&
      target?.type === 'identifier' &&
      (/^(fd|\w*Fd)$/.test(target.text) || opened(target.text))
    )
      return false;
    const mode = managedCreationMode(call);
    // Go needs an explicit mode argument; Node's default mode (no `mode` option) is itself open to others.
    if (ctx.language === 'go' ? mode === undefined || !openToOthers(mode) : mode !== undefined && !openToOthers(mode))
      return false;
    const scope = scopeOf(call.node);
    const header = scope.text.slice(0, Math.max(0, scope.text.indexOf('{')));
    // A public key or certificate (`public.pem`, `server.crt`, `ca.pem`) is meant to be readable.
    const texts = call.args.slice(0, 2).map((a) => expandedText(a));
    if (texts.some((t) => PUBLIC_MATERIAL.test(t))) return false;
    const named = texts.some((t) => SECRET_FILE.test(t));
    return (named || SECRET_FILE.test(header)) && !narrowedOwnerOnly(scope, ctx);
  },
});

/** A chmod in the function (Go `os.Chmod`, Node `chmod`/`chmodSync`/`fchmod*`) to an owner-only mode, or a umask call. */
function narrowedOwnerOnly(scope: SyntaxNode, ctx: RuleContext): boolean {
  return ctx
    .callsIn(scope)
    .some(
      (c) =>
        /(^|\.)umask$/.test(c.name) ||
        (/(^|\.)(f?chmod|Chmod)(Sync)?$/.test(c.name) && c.args.length > 1 && !openToOthers(c.args.at(-1)!.text)),
    );
}

/** Every rule in this file, in the order the registry runs them. */
export const cwe732SecretFileModeManaged: readonly Rule[] = [managedSecretFileMode];

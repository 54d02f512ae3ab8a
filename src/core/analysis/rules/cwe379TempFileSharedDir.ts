// CWE-379 temporary files in a directory with insecure permissions: a file written straight into the shared temp
// directory (`/tmp`, `gettempdir()`, `java.io.tmpdir`, `GetTempPath()`, `sys_get_temp_dir()`) under a name other
// users can guess, instead of inside a private directory (mkdtemp) or through an exclusive create (mkstemp, O_EXCL).
// A child of CWE-377: the 377 rules keep mktemp/tmpnam and JavaScript/Go temp paths; this rule covers the languages
// whose file-opening calls they do not read.
import type { Rule } from '../Rule';
import type { RuleContext } from '../RuleContext';
import type { CallInfo } from '../callInfo';
import { callRule } from '../callRule';
import { expandedText } from '../localText';
import { scopeOf } from '../walk';

/** The shared, world-writable temp directory, however a language spells it. */
const SHARED_DIR =
  /['"`](?:\/var)?\/tmp(?:\/|['"`])|\/dev\/shm\/|gettempdir\(\)|java\.io\.tmpdir|GetTempPath\(\)|sys_get_temp_dir\(\)|P_tmpdir|getenv\(\s*['"]TMP(?:DIR)?['"]\s*\)/;

/** A private directory or an exclusive create makes the shared directory harmless. */
const PRIVATE =
  /mkdtemp|mkstemp|MkdirTemp|TemporaryDirectory|NamedTemporaryFile|createTemp(File|Directory)|GetRandomFileName|GetTempFileName|tempnam|tmpfile|O_EXCL|CreateNew|['"]x['"+]|['"]wx/;

/** The `snprintf(name, ...)` call that built a C path buffer, if the function has one. */
function sprintfTarget(name: string, call: CallInfo): string {
  const scope = scopeOf(call.node).text;
  const built = new RegExp(`s?n?printf\\s*\\(\\s*${name}\\s*,[^;]*`).exec(scope);
  return built?.[0] ?? '';
}

/** The text that names the file: the path argument widened by its local assignments (and C's sprintf into it). */
function targetText(call: CallInfo, ctx: RuleContext): string {
  if (/\.(write_text|write_bytes)$/.test(call.name)) return `${call.name} ${expandedText(call.node)}`;
  if (ctx.language === 'java') return call.args.map((a) => expandedText(a)).join(' ');
  const first = call.args[0];
  if (!first) return '';
  const text = expandedText(first);
  if ((ctx.language === 'c' || ctx.language === 'cpp') && /^\w+$/.test(first.text))
    return `${text} ${sprintfTarget(first.text, call)}`;
  return text;
}

export const tempFileInSharedDir = callRule({
  id: 'temp-file-in-shared-dir',
  cwe: 'CWE-379',
  severity: 'warning',
  languages: ['python', 'java', 'csharp', 'php', 'c', 'cpp'],
  message:
    'The file is created directly in the shared temp directory under a guessable name; other local users can pre-create, link or read it.',
  fix: 'Create temp files with mkstemp/NamedTemporaryFile, Files.createTempFile, tempnam or inside a private mkdtemp directory.',
  callee: {
    python: /^(open|io\.open|os\.open|codecs\.open)$|\.(write_text|write_bytes)$/,
    java: /^new (File|FileOutputStream|FileWriter|PrintWriter|RandomAccessFile)$|^(Paths\.get|Path\.of)$/,
    csharp:
      /^(File\.(Create|WriteAllText|WriteAllBytes|WriteAllLines|Open|OpenWrite|AppendAllText)|new (FileStream|StreamWriter))$/,
    php: /^(fopen|file_put_contents|touch)$/,
    c: /^(fopen|open|creat|freopen)$/,
    cpp: /^(std::)?(fopen|open|creat|freopen)$|^std::ofstream$/,
  },
  when: (call, ctx) => {
    const target = targetText(call, ctx);
    if (!SHARED_DIR.test(target) || PRIVATE.test(target) || PRIVATE.test(call.node.text)) return false;
    // Python open() of a fixed /tmp name is the CWE-377 rule's; here the name is built or passed through a variable.
    if (ctx.language === 'python' && /^[rb]*(['"])[^'"{}]*\1$/.test(call.args[0]?.text ?? '')) return false;
    // Reading a file does not create it.
    const mode = call.args[1]?.text ?? call.keywords.get('mode')?.text ?? '';
    if (/^(open|io\.open|codecs\.open|fopen)$/.test(call.name) && (mode === '' || /^[rb]*['"][rb]+['"]$/.test(mode)))
      return false;
    return true;
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe379TempFileSharedDir: readonly Rule[] = [tempFileInSharedDir];

// CWE-377 insecure temporary files: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import { callRule } from '../callRule';
import { expandedText } from '../localText';

/** A path in the shared temp folder (`os.tmpdir()`, `os.TempDir()`, `/tmp/`) not inside a private mkdtemp dir. */
function sharedTempPath(text: string): boolean {
  return (
    /\btmpdir\(\)|os\.TempDir\(\)|\btemp_dir\(\)|['"`]\/tmp\//.test(text) &&
    !/mkdtemp|MkdirTemp|TempDir\(\)\s*,\s*\)/i.test(text)
  );
}

/** Rust: a name drawn at random (uuid, rand, nanoid) or made by the tempfile crate cannot be guessed first. */
const RUST_UNGUESSABLE = /uuid|Uuid|rand|nanoid|tempfile|Builder::new\(\)/;

export const insecureTempFile = callRule({
  id: 'insecure-temp-file',
  cwe: 'CWE-377',
  severity: 'warning',
  message: 'The temporary file name is predictable; another process can create or link it first.',
  fix: 'Create the file atomically: tempfile.NamedTemporaryFile/mkstemp, mkstemp(3), fs.mkdtemp, os.CreateTemp.',
  languages: ['python', 'c', 'cpp'],
  callee: {
    python: /^(tempfile\.mktemp|mktemp|os\.tempnam|os\.tmpnam|open)$/,
    c: /^(mktemp|tmpnam|tempnam|_mktemp)$/,
    cpp: /^(std::)?(mktemp|tmpnam|tempnam|_mktemp)$/,
  },
  // open() only when it opens a fixed name directly under /tmp.
  when: (call) =>
    call.name !== 'open' ||
    /^[fr]?['"]\/tmp\/[^'"{}]+['"]$/.test(call.args[0]?.text ?? '') ||
    /^f?['"]\/tmp\/[\w.-]*\{/.test(call.args[0]?.text ?? ''),
});

export const csPredictableTemp = callRule({
  id: 'cs-predictable-temp-file',
  cwe: 'CWE-377',
  severity: 'warning',
  languages: ['csharp'],
  message: 'A fixed file name in the shared temp folder can be pre-created or linked by another user.',
  fix: 'Use a random name (Path.GetRandomFileName) and create it with FileMode.CreateNew, or use a private folder.',
  callee: { csharp: /^Path\.(Combine|Join)$/ },
  when: (call) =>
    /^Path\.GetTempPath\(\)$/.test(call.args[0]?.text ?? '') &&
    call.args.slice(1).some((a) => /string_literal/.test(a.type)),
});

export const predictableTempPath = callRule({
  id: 'predictable-temp-path',
  cwe: 'CWE-377',
  severity: 'warning',
  languages: ['javascript', 'typescript', 'go', 'java', 'rust'],
  message:
    'A file is created under a guessable name in the shared temp folder; another user can create or link it first.',
  fix: 'Create the file atomically: fs.mkdtemp + a fixed name (JavaScript), os.CreateTemp (Go), Files.createTempFile (Java), tempfile::NamedTempFile or OpenOptions::create_new (Rust).',
  callee: {
    javascript: /(^|\.)(writeFile|writeFileSync|open|openSync|createWriteStream|appendFile|appendFileSync)$/,
    typescript: /(^|\.)(writeFile|writeFileSync|open|openSync|createWriteStream|appendFile|appendFileSync)$/,
    go: /^(os\.(Create|OpenFile|WriteFile)|ioutil\.WriteFile)$/,
    java: /^(java\.io\.)?File\.createTempFile$/,
    rust: /^((std::)?fs::)?(File::create|write)$|^OpenOptions::new\(\).*\.open$/,
  },
  when: (call, ctx) => {
    // File.createTempFile makes files readable by everyone on many systems; Files.createTempFile uses 0600.
    if (call.last === 'createTempFile') return true;
    const target = call.args[0];
    if (!target) return false;
    // A numbered or exclusive open ('wx', O_EXCL) fails when the name already exists.
    if (/['"]wx\+?['"]|O_EXCL|create_new\(true\)/.test(call.node.text)) return false;
    const path = expandedText(target);
    return sharedTempPath(path) && !(ctx.language === 'rust' && RUST_UNGUESSABLE.test(path));
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe377InsecureTempFile: readonly Rule[] = [insecureTempFile, csPredictableTemp, predictableTempPath];

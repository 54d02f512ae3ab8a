// CWE-22 path traversal (Web rules): the analyser rules for this weakness, in registry order.
import type { Rule, SinkSpec } from '../../Rule';
import type { SyntaxNode } from '../../../languages/SyntaxTree';
import { meta, pathRule } from '../../ruleParts/pathRule';
import { REQUEST_SOURCES } from '../../sources';
import { callRule } from '../../callRule';
import { scopeOf } from '../../walk';

/** `Path(upload.filename).name` (or `.stem`, `.suffix`): the path object is made only to keep its last component. */
function pyNameOnly(call: SyntaxNode): boolean {
  const parent = call.parent;
  return (
    /^(pathlib\.)?(Pure)?(Posix)?Path$/.test(call.childForFieldName('function')?.text ?? '') &&
    parent?.type === 'attribute' &&
    parent.childForFieldName('object')?.startIndex === call.startIndex &&
    /^(name|stem|suffix)$/.test(parent.childForFieldName('attribute')?.text ?? '')
  );
}

export const pyPathTraversal = pathRule(
  'py-path-traversal',
  ['python'],
  {
    python: [
      {
        callee:
          /^(open|io\.open|codecs\.open|send_file|flask\.send_file|os\.(remove|unlink|rmdir|listdir|makedirs|mkdir|rename|scandir)|shutil\.(rmtree|copy|copyfile|move)|Path|pathlib\.Path|(web\.|responses\.)?FileResponse|aiofiles\.open|os\.path\.join)$/,
        args: [0, 1, 2],
        when: (call) => !pyNameOnly(call.node),
      },
      // pathlib: the path object is the value (`(BASE / name).read_text()`, `target.unlink()`).
      {
        callee: /\.(read_text|read_bytes|write_text|write_bytes|unlink|rmdir|iterdir|touch|open)$/,
        receiver: true,
      },
    ],
  },
  REQUEST_SOURCES,
);

/** Node file calls taking a path first; `stat`/`open` too, since the same path is then read in their callback. */
const JS_FILE_SINK: SinkSpec = {
  callee:
    /^(fs\.)?(readFile|readFileSync|createReadStream|writeFile|writeFileSync|unlink|unlinkSync|readdir|readdirSync|rm|rmSync|appendFile|createWriteStream|stat|statSync|open|openSync|copyFile|copyFileSync)$|^fs\.promises\.\w+$|^res\.(sendFile|download)$|^Deno\.(readTextFile|readFile|open|writeTextFile|writeFile|remove|readDir|stat)(Sync)?$|^Bun\.file$/,
  args: [0],
  // `res.sendFile(name, { root })` resolves under root and refuses `..` segments itself.
  when: (call) => !(/sendFile$/.test(call.name) && /\broot\s*:/.test(call.args[1]?.text ?? '')),
};

export const jsPathTraversal = pathRule(
  'js-path-traversal',
  ['javascript', 'typescript'],
  { javascript: [JS_FILE_SINK], typescript: [JS_FILE_SINK] },
  REQUEST_SOURCES,
);

function javaNameOnly(call: SyntaxNode): boolean {
  const parent = call.parent;
  return (
    parent?.type === 'method_invocation' &&
    parent.childForFieldName('object')?.startIndex === call.startIndex &&
    /^(getFileName|getName)$/.test(parent.childForFieldName('name')?.text ?? '')
  );
}

export const javaPathTraversal = pathRule(
  'java-path-traversal',
  ['java'],
  {
    java: [
      {
        callee:
          /^new (File|FileInputStream|FileReader|FileOutputStream|FileWriter|RandomAccessFile)$|^(Paths\.get|Path\.of|Files\.\w+)$/,
        // `Paths.get(name).getFileName()` / `new File(name).getName()` only parse the name to keep its last segment.
        when: (call) => !javaNameOnly(call.node),
      },
      // Spring `MultipartFile.transferTo(dest)` writes the upload at the path it is given.
      { callee: /\.transferTo$/, args: [0] },
    ],
  },
  REQUEST_SOURCES,
);

export const goPathTraversal = pathRule(
  'go-path-traversal',
  ['go'],
  {
    go: [
      {
        callee: /^(os\.(Open|OpenFile|ReadFile|Create|Remove|RemoveAll|MkdirAll)|ioutil\.ReadFile)$/,
      },
      // The path only: what is written is data, not a path (`os.WriteFile(p, body, 0o600)`).
      { callee: /^(os|ioutil)\.WriteFile$/, args: [0] },
      { callee: /^os\.Rename$/, args: [0, 1] },
      // The path argument only: the writer and request of ServeFile are no path.
      { callee: /^http\.ServeFile$/, args: [2] },
      // gin c.File / c.FileAttachment, echo c.File / c.Attachment, fiber c.SendFile / c.Download.
      { callee: /^c\.(File|FileAttachment|Attachment|SendFile|Download)$/, args: [0] },
    ],
  },
  REQUEST_SOURCES,
);

export const phpPathTraversal = pathRule(
  'php-path-traversal',
  ['php'],
  {
    php: [
      {
        callee: /^(file_get_contents|fopen|readfile|unlink|file|file_put_contents|include|require|opendir|scandir)$/,
        args: [0],
      },
    ],
  },
  REQUEST_SOURCES,
);

export const pyTarSlip = callRule({
  ...meta,
  id: 'py-archive-extract-all',
  // The danger is not in the call's arguments, so a check of them is no guard (guardedSink.ts).
  guardable: false,
  message:
    'An archive is extracted without checking member names; entries such as "../x" are written outside the target.',
  fix: 'Check each member path stays under the target (or use tarfile\'s filter="data") before extracting.',
  languages: ['python'],
  callee: { python: /\.(extractall|extract)$/ },
  when: (call, ctx) => {
    if (!/\btarfile\b/.test(ctx.code) || call.keywords.has('filter')) return false;
    if (call.last === 'extractall') return !call.keywords.has('members') && call.args.length < 2;
    // One member at a time (`for m in tar.getmembers(): tar.extract(m, dest)`): safe only when the loop checks the
    // member's name (a ".." test, or the joined path resolved and compared with the target).
    return !/['"]\.\.|realpath|abspath|commonpath|is_relative_to|normpath|resolve\(/.test(scopeOf(call.node).text);
  },
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe022Web: readonly Rule[] = [
  pyPathTraversal,
  jsPathTraversal,
  javaPathTraversal,
  goPathTraversal,
  phpPathTraversal,
  pyTarSlip,
];

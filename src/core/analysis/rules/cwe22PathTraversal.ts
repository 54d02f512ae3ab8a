// CWE-22: file paths taken from untrusted input without a containment check.
import type { TaintRule, TaintSpec } from '../Rule';
import { ANY_SOURCES, REQUEST_SOURCES } from '../sources';
import { callRule } from '../callRule';

const meta = {
  cwe: 'CWE-22',
  severity: 'error' as const,
  message:
    'A file path comes from untrusted input; "../" or an absolute path reaches files outside the intended folder.',
  fix: 'Resolve the path (realpath/resolve/getCanonicalPath) and check it stays under the base folder, or keep only the base name.',
};
const GUARD =
  /(realpath|abspath|normpath|resolve|getCanonicalPath|getCanonicalFile|normalize|toRealPath|filepath\.(Clean|Abs|Rel|EvalSymlinks))\s*\([\s\S]*(startswith|startsWith|commonpath|is_relative_to|relative_to|HasPrefix|strncmp|strpos|str_starts_with)|safe_join|filepath\.IsLocal|os\.path\.basename|secure_filename/;
const SANITIZERS =
  /(^|\.|::)(secure_filename|basename|Base|getName|getFileName|int|Number|parseInt|intval|Atoi|safe_join)$/;

function pathRule(
  id: string,
  languages: TaintRule['languages'],
  sinks: TaintSpec['sinks'],
  sources = ANY_SOURCES,
): TaintRule {
  return { ...meta, id, kind: 'taint', languages, taint: { sources, sinks, sanitizers: SANITIZERS, guard: GUARD } };
}

export const pyPathTraversal = pathRule(
  'py-path-traversal',
  ['python'],
  {
    python: [
      {
        callee:
          /^(open|io\.open|codecs\.open|send_file|flask\.send_file|os\.(remove|unlink|rmdir|listdir|makedirs|mkdir|rename|scandir)|shutil\.(rmtree|copy|copyfile|move)|Path|pathlib\.Path|FileResponse|os\.path\.join)$/,
        args: [0, 1, 2],
      },
    ],
  },
  REQUEST_SOURCES,
);

export const jsPathTraversal = pathRule(
  'js-path-traversal',
  ['javascript', 'typescript'],
  {
    javascript: [
      {
        callee:
          /^(fs\.)?(readFile|readFileSync|createReadStream|writeFile|writeFileSync|unlink|unlinkSync|readdir|readdirSync|rm|rmSync|appendFile|createWriteStream)$|^fs\.promises\.\w+$|^res\.(sendFile|download)$/,
        args: [0],
      },
    ],
    typescript: [
      {
        callee:
          /^(fs\.)?(readFile|readFileSync|createReadStream|writeFile|writeFileSync|unlink|unlinkSync|readdir|rm|appendFile|createWriteStream)$|^fs\.promises\.\w+$|^res\.(sendFile|download)$/,
        args: [0],
      },
    ],
  },
  REQUEST_SOURCES,
);

export const javaPathTraversal = pathRule(
  'java-path-traversal',
  ['java'],
  {
    java: [
      {
        callee:
          /^new (File|FileInputStream|FileReader|FileOutputStream|FileWriter|RandomAccessFile)$|^(Paths\.get|Path\.of|Files\.\w+)$/,
      },
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
        callee:
          /^(os\.(Open|OpenFile|ReadFile|Create|Remove|RemoveAll|WriteFile)|ioutil\.(ReadFile|WriteFile)|http\.ServeFile)$/,
      },
    ],
  },
  REQUEST_SOURCES,
);

export const cPathTraversal = pathRule('c-path-traversal', ['c', 'cpp'], {
  c: [{ callee: /^(fopen|open|opendir|remove|unlink)$/, args: [0] }],
  cpp: [{ callee: /^(fopen|open|opendir|remove|unlink|std::ifstream|std::ofstream)$/, args: [0] }],
});

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
  message:
    'An archive is extracted without checking member names; entries such as "../x" are written outside the target.',
  fix: 'Check each member path stays under the target (or use tarfile\'s filter="data") before extracting.',
  languages: ['python'],
  callee: { python: /\.extractall$/ },
  when: (call, ctx) =>
    /\btarfile\b/.test(ctx.code) &&
    !call.keywords.has('members') &&
    !call.keywords.has('filter') &&
    call.args.length < 2,
});

// CWE-434 unrestricted file upload: the analyser rules for this weakness, in registry order.
import type { Rule } from '../Rule';
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { RuleContext } from '../RuleContext';
import { callRule } from '../callRule';
import { ancestor, scopeOf } from '../walk';
import { codeMentions } from '../codeMentions';

const EXTENSION_CHECK: Record<string, RegExp> = {
  javascript: /fileFilter|extname|mimetype/,
  typescript: /fileFilter|extname|mimetype/,
  java: /lastIndexOf\(\s*'\.'|lastIndexOf\(\s*"\."|endsWith\(|getExtension|FilenameUtils/,
  php: /pathinfo|PATHINFO_EXTENSION|finfo|getimagesize|exif_imagetype/,
  go: /filepath\.Ext\(|path\.Ext\(|DetectContentType/,
};

export const pyUnrestrictedUpload = callRule({
  id: 'py-unrestricted-upload',
  cwe: 'CWE-434',
  severity: 'error',
  languages: ['python'],
  message: 'An uploaded file is saved under its client-supplied name without checking its type or name.',
  fix: 'Use secure_filename and allow only expected extensions/content types before saving.',
  callee: { python: /\.save$/ },
  when: (call, ctx) => {
    const scope = ancestor(call.node, new Set(['function_definition']))?.text ?? ctx.code;
    return (
      /\.filename\b/.test(scope) &&
      /request\.files/.test(scope) &&
      // secure_filename makes the name safe as a path but keeps its extension (`shell.php`, `page.html`): no type check.
      !PY_TYPE_CHECK.test(scope)
    );
  },
});

/** A type check of the upload: an extension allow-list, the suffix, the content type, or the bytes' signature. */
const PY_TYPE_CHECK =
  /allowed_file|ALLOWED_EXTENSIONS|splitext|\.endswith\(|\.suffix\b|mimetype|content_type|imghdr|magic\./;

/** The path text a write uses: the argument or receiver, and what the local it names was assigned before the call. */
function writtenPathText(path: SyntaxNode | undefined, call: SyntaxNode, ctx: RuleContext): string {
  if (!path) return '';
  if (path.type !== 'identifier') return path.text;
  const bound = ctx.assignmentsTo(scopeOf(call), path.text).filter((a) => a.node.endIndex <= call.startIndex);
  return [path.text, ...bound.map((a) => a.value.text)].join(' ');
}

/**
 * FastAPI `UploadFile` and Django `request.FILES` uploads written to disk under the client's name (`file.filename`,
 * `upload.name`): whatever the name's extension says (`.php`, `.html`) is stored and may be served or run.
 */
export const pyUploadClientName = callRule({
  id: 'py-upload-client-name',
  cwe: 'CWE-434',
  severity: 'error',
  languages: ['python'],
  message: "An uploaded file is written under the client's file name without checking its type or extension.",
  fix: 'Allow-list extensions or content types, and store the upload under a generated name.',
  callee: { python: /^(open|aiofiles\.open)$|\.(open|write_bytes|save)$/ },
  when: (call, ctx) => {
    const fn = ancestor(call.node, new Set(['function_definition']));
    if (!fn || !/:\s*UploadFile\b|request\.FILES\b/.test(fn.text) || PY_TYPE_CHECK.test(fn.text)) return false;
    const object = call.node.childForFieldName('function')?.childForFieldName('object') ?? undefined;
    const path = /^(open|aiofiles\.open)$|\.save$/.test(call.name) ? call.args[0] : object;
    return /\.(filename|name)\b/.test(writtenPathText(path, call.node, ctx));
  },
});

export const uploadClientName = callRule({
  id: 'upload-client-name',
  cwe: 'CWE-434',
  severity: 'error',
  languages: ['javascript', 'typescript', 'java', 'php', 'go'],
  message: "The upload is stored under the client's file name without checking its extension or content type.",
  fix: 'Allow-list extensions/content types (checked on the server), and store under a generated name outside the web root.',
  callee: {
    javascript: /./,
    typescript: /./,
    java: /\.(getSubmittedFileName|getOriginalFilename)$/,
    php: /^move_uploaded_file$/,
    go: /^os\.(Create|OpenFile)$/,
  },
  when: (call, ctx) => {
    const check = EXTENSION_CHECK[ctx.language];
    const wholeFile = ctx.language === 'javascript' || ctx.language === 'typescript' || ctx.language === 'php';
    const scope = wholeFile ? ctx.code : scopeOf(call.node).text;
    // The JavaScript callee pattern takes every call: the whole-file test is memoised, not rerun per call.
    if (!check || (wholeFile ? codeMentions(ctx, check) : check.test(scope))) return false;
    if (ctx.language === 'javascript' || ctx.language === 'typescript')
      return call.args.some((a) => /\.originalname$/.test(a.text));
    if (ctx.language === 'go') return /\.Filename\b/.test(scope);
    return true;
  },
});

export const csUploadName = callRule({
  id: 'cs-upload-client-name',
  cwe: 'CWE-434',
  severity: 'error',
  languages: ['csharp'],
  message:
    'An uploaded file is stored under the name the client sent, so it chooses the extension (and maybe the folder).',
  fix: 'Store uploads under a generated name (Path.GetRandomFileName) after checking the extension against an allow-list.',
  callee: { csharp: /^Path\.Combine$|^new FileStream$|^File\.(Create|OpenWrite|WriteAllBytes\w*)$/ },
  when: (call) => call.args.some((a) => /\.FileName\b/.test(a.text) && !/GetExtension\(/.test(a.text)),
});

/** Every rule in this file, in the order the registry runs them. */
export const cwe434UnrestrictedUpload: readonly Rule[] = [
  pyUnrestrictedUpload,
  pyUploadClientName,
  uploadClientName,
  csUploadName,
];

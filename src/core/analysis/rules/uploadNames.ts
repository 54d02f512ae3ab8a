// CWE-434: an upload stored under the client's file name with no server-side check of its extension or content
// type, so a script or page can be uploaded into a served folder.
import { callRule } from '../callRule';
import { scopeOf } from '../walk';

const EXTENSION_CHECK: Record<string, RegExp> = {
  javascript: /fileFilter|extname|mimetype/,
  typescript: /fileFilter|extname|mimetype/,
  java: /lastIndexOf\(\s*'\.'|lastIndexOf\(\s*"\."|endsWith\(|getExtension|FilenameUtils/,
  php: /pathinfo|PATHINFO_EXTENSION|finfo|getimagesize|exif_imagetype/,
  go: /filepath\.Ext\(|path\.Ext\(|DetectContentType/,
};

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
    java: /\.getSubmittedFileName$/,
    php: /^move_uploaded_file$/,
    go: /^os\.(Create|OpenFile)$/,
  },
  when: (call, ctx) => {
    const check = EXTENSION_CHECK[ctx.language];
    const scope =
      ctx.language === 'javascript' || ctx.language === 'typescript' || ctx.language === 'php'
        ? ctx.code
        : scopeOf(call.node).text;
    if (!check || check.test(scope)) return false;
    if (ctx.language === 'javascript' || ctx.language === 'typescript')
      return call.args.some((a) => /\.originalname$/.test(a.text));
    if (ctx.language === 'go') return /\.Filename\b/.test(scope);
    return true;
  },
});

// ASP.NET Core web weaknesses in C#: raw HTML output, open redirects, SSRF, uploaded file names, path
// joins, exception details in responses, cookie flags and switched-off antiforgery checks.
import type { SyntaxNode } from '../../languages/SyntaxTree';
import type { QueryRule, RuleMeta } from '../Rule';
import { callRule } from '../callRule';
import { scopeOf, walk } from '../walk';
import { csAttributeRule, csBuilt, csFromInput, csLocalValue, csPropertyRule, csVariable } from './csharpShape';

/** The text (or the local it names) looks like markup. */
function markup(node: SyntaxNode | undefined): boolean {
  if (!node) return false;
  const value = node.type === 'identifier' ? csLocalValue(node.text, node) : node;
  return /<\/?[a-zA-Z]/.test(value?.text ?? '');
}

export const csRawHtml = callRule({
  id: 'cs-raw-html',
  cwe: 'CWE-79',
  severity: 'error',
  languages: ['csharp'],
  message:
    'A value is marked as trusted HTML (Html.Raw, HtmlString, MarkupString), so any markup in it runs in the page.',
  fix: 'Let Razor encode the value, or encode it with HtmlEncoder.Default.Encode before wrapping it.',
  callee: { csharp: /(^|\.)Html\.Raw$|^new (HtmlString|MarkupString)$/ },
  when: (call) => csVariable(call.args[0]),
});

export const csHtmlResponse = callRule({
  id: 'cs-html-response-built',
  cwe: 'CWE-79',
  severity: 'error',
  languages: ['csharp'],
  message: 'An HTML response is assembled from strings with unencoded values.',
  fix: 'Encode each value with HtmlEncoder.Default.Encode (or WebUtility.HtmlEncode), or render a Razor view.',
  callee: { csharp: /(^|\.)Response\.(Write|WriteAsync)$|^Content$|^Results\.(Content|Text)$/ },
  when: (call) => csBuilt(call.args[0]) && (markup(call.args[0]) || call.args.some((a) => /text\/html/.test(a.text))),
});

export const csOpenRedirect = callRule({
  id: 'cs-open-redirect',
  cwe: 'CWE-601',
  severity: 'warning',
  languages: ['csharp'],
  message: 'The redirect target comes from the request and is not checked to be local.',
  fix: 'Use LocalRedirect(url) or check Url.IsLocalUrl(url) and fall back to a fixed page.',
  callee: {
    csharp: /^(Redirect|RedirectPermanent|RedirectPreserveMethod)$|(^|\.)Response\.Redirect$|^Results\.Redirect$/,
  },
  when: (call) => csFromInput(call.args[0]) && !/IsLocalUrl\(|\.StartsWith\(['"]\/['"]\)/.test(scopeOf(call.node).text),
});

export const csSsrf = callRule({
  id: 'cs-ssrf',
  cwe: 'CWE-918',
  severity: 'warning',
  languages: ['csharp'],
  message: 'The server fetches a URL taken from the request without checking its host.',
  fix: 'Parse the URL with Uri.TryCreate, require https and compare uri.Host against an allow-list before fetching.',
  callee: {
    csharp:
      /\.(GetAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|GetFromJsonAsync|PostAsync|PutAsync|DeleteAsync|DownloadString\w*|DownloadData\w*|OpenRead\w*)$|^WebRequest\.Create$/,
  },
  when: (call) => csFromInput(call.args[0]) && !/\.(Host|IdnHost|Authority)\b/.test(scopeOf(call.node).text),
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

export const csPathCombine = callRule({
  id: 'cs-path-combine-input',
  cwe: 'CWE-22',
  severity: 'error',
  languages: ['csharp'],
  message:
    'Path.Combine joins input into a path without checking the result stays in the base folder; `..` or a rooted path escapes it.',
  fix: 'Resolve the joined path with Path.GetFullPath and require it to start with the base folder (plus a separator).',
  callee: { csharp: /^Path\.(Combine|Join)$/ },
  when: (call) =>
    call.args.slice(1).some((a) => csFromInput(a) && !/\.FileName\b/.test(a.text)) &&
    !(/GetFullPath\(/.test(scopeOf(call.node).text) && /\.StartsWith\(/.test(scopeOf(call.node).text)),
});

export const csErrorDetails = callRule({
  id: 'cs-exception-to-client',
  cwe: 'CWE-209',
  severity: 'warning',
  languages: ['csharp'],
  message: 'Exception details (message, stack trace) are sent to the client, revealing internals.',
  fix: 'Log the exception on the server and return a generic message with a correlation id.',
  callee: {
    csharp:
      /^(Content|Ok|BadRequest|StatusCode|Problem|Json|NotFound|Conflict)$|^Results\.\w+$|(^|\.)Response\.(Write|WriteAsync)$|^new ObjectResult$/,
  },
  when: (call) => {
    let cur: SyntaxNode | null = call.node.parent;
    while (cur && cur.type !== 'catch_clause') cur = cur.parent;
    const name = cur?.namedChildren.find((c) => c?.type === 'catch_declaration')?.childForFieldName('name')?.text;
    return !!name && call.args.some((a) => [...walk(a)].some((n) => n.type === 'identifier' && n.text === name));
  },
});

const meta: Pick<RuleMeta, 'severity' | 'languages'> = { severity: 'warning', languages: ['csharp'] };

export const csCookieNotSecure: QueryRule = csPropertyRule(
  {
    ...meta,
    id: 'cs-cookie-not-secure',
    cwe: 'CWE-614',
    message: 'The cookie is marked as allowed over plain HTTP, so it leaks on any unencrypted request.',
    fix: 'Set Secure = true (or CookieSecurePolicy.Always) on cookies that carry sessions or tokens.',
  },
  /^(Secure|SecurePolicy)$/,
  (right) => /^(false|CookieSecurePolicy\.(None|SameAsRequest))$/.test(right.text),
);

export const csCookieNoHttpOnly: QueryRule = csPropertyRule(
  {
    ...meta,
    id: 'cs-cookie-no-httponly',
    cwe: 'CWE-1004',
    message: 'HttpOnly is switched off, so scripts in the page (including injected ones) can read the cookie.',
    fix: 'Set HttpOnly = true on session and token cookies.',
  },
  /^HttpOnly$/,
  (right) => right.text === 'false',
);

export const csAntiforgeryIgnored: QueryRule = csAttributeRule(
  {
    ...meta,
    id: 'cs-antiforgery-ignored',
    cwe: 'CWE-352',
    message:
      'The antiforgery check is switched off for this endpoint, so another site can submit the form for the user.',
    fix: 'Remove [IgnoreAntiforgeryToken] and keep [ValidateAntiForgeryToken] (or AutoValidateAntiforgeryToken) on state-changing actions.',
  },
  /^IgnoreAntiforgeryToken$/,
);

export const csAntiforgeryDisabled = callRule({
  ...meta,
  id: 'cs-antiforgery-disabled',
  cwe: 'CWE-352',
  message: 'The endpoint opts out of antiforgery validation while accepting form posts.',
  fix: 'Keep antiforgery validation on form endpoints; remove DisableAntiforgery().',
  callee: { csharp: /\.DisableAntiforgery$/ },
});

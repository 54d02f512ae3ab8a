// Shape tokens for string literals built at run time: a query, markup, a shell command line or a
// file path assembled from pieces is the idiom behind injection and traversal in every language,
// whatever the API around it is called. Each becomes one token (`~sql-built`, `~html-built`,
// `~shell-built`, `~path-built`) that code and advisories share.
const STRING = /(\b[fFrRbBuU]{1,2})?("""|'''|"|'|`)((?:\\.|(?!\2)[^\\])*?)\2/g;

const SHAPES: [string, RegExp][] = [
  [
    '~sql-built',
    /\b(?:select\b[\s\S]*\bfrom|insert\s+into|update\s+\w+\s+set|delete\s+from|where\s+\w+\s*(?:=|like|in)\b)/i,
  ],
  ['~html-built', /<\/?[a-z][a-z0-9]*(?:\s|>|\/)/i],
  [
    '~shell-built',
    /^\s*(?:ls|cat|grep|ping|rm|cp|mv|tar|curl|wget|git|ffmpeg|convert|sh|bash|echo|find|chmod|chown|nslookup|dig|zip|unzip|mkdir|kill|ps)\s/,
  ],
  [
    '~path-built',
    /(?:\.\.\/|^\/?[\w.-]*\/(?:%s|\{|\$\{)|%s\/|\}\/|\/%s|\.(?:txt|log|json|conf|cfg|ini|xml|html|png|jpg|pdf)\b)/i,
  ],
];

function isBuilt(prefix: string, content: string, before: string, after: string): boolean {
  return (
    /f/i.test(prefix) ||
    content.includes('${') ||
    /%[-0-9.]*[sdiuxfr(]/.test(content) ||
    (/\{\w*\}/.test(content) && /^\s*\.format\b/.test(after)) ||
    /^\s*(?:\+|%|\.format\b|\.\.)/.test(after) ||
    /(?:\+|\.)\s*$/.test(before)
  );
}

export function stringShapeTokens(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(STRING)) {
    const start = m.index;
    const end = start + m[0].length;
    const content = m[3] ?? '';
    if (!isBuilt(m[1] ?? '', content, code.slice(Math.max(0, start - 4), start), code.slice(end, end + 12))) continue;
    for (const [token, shape] of SHAPES) if (shape.test(content)) out.push(token);
  }
  return out;
}

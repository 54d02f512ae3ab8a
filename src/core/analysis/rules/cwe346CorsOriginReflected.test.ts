// CWE-346 CORS origin reflection: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const EXPRESS = (check: string): string =>
  'app.use((req, res, next) => {\n  const origin = req.headers.origin;\n' +
  `  if (${check}) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n` +
  "    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n  next();\n});\n";

const CASES: RuleCase[] = [
  [
    'cors-origin-reflected',
    'javascript',
    EXPRESS('origin'),
    EXPRESS('origin && TRUSTED.has(origin)'),
    { name: 'Express middleware; an allow-list test around the header', requireCleanParse: true },
  ],
  [
    'cors-origin-reflected',
    'typescript',
    "export function cors(ctx: Context) {\n  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));\n  ctx.set('Access-Control-Allow-Credentials', 'true');\n}\n",
    "export function cors(ctx: Context) {\n  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));\n}\n",
    { name: 'Koa; without credentials the reflection exposes nothing private' },
  ],
  [
    'cors-origin-reflected',
    'go',
    'package api\nfunc withCors(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))\n\tw.Header().Set("Access-Control-Allow-Credentials", "true")\n}\n',
    'package api\nfunc withCors(w http.ResponseWriter, r *http.Request) {\n\torigin := r.Header.Get("Origin")\n\tif !slices.Contains(trusted, origin) {\n\t\treturn\n\t}\n\tw.Header().Set("Access-Control-Allow-Origin", origin)\n\tw.Header().Set("Access-Control-Allow-Credentials", "true")\n}\n',
    { name: 'Go net/http; an allow-list check that returns', requireCleanParse: true },
  ],
  [
    'cors-origin-reflected',
    'javascript',
    EXPRESS('origin !== undefined'),
    EXPRESS('ALLOWED.indexOf(origin) !== -1'),
    { name: 'a presence test is no check; an indexOf membership is' },
  ],
  [
    'cors-origin-reflected',
    'go',
    'package api\nfunc cors(w http.ResponseWriter, r *http.Request) {\n\torigin := r.Header.Get("Origin")\n\tif origin != "" {\n\t\tw.Header().Set("Access-Control-Allow-Origin", origin)\n\t\tw.Header().Set("Access-Control-Allow-Credentials", "true")\n\t}\n}\n',
    'package api\nfunc cors(w http.ResponseWriter, r *http.Request) {\n\torigin := r.Header.Get("Origin")\n\tif allowedOrigins[origin] {\n\t\tw.Header().Set("Access-Control-Allow-Origin", origin)\n\t\tw.Header().Set("Access-Control-Allow-Credentials", "true")\n\t}\n}\n',
    { name: 'Go: a look-up in an allow-list map', requireCleanParse: true },
  ],
  [
    'cors-middleware-any-origin',
    'javascript',
    'app.use(cors({ origin: true, credentials: true }));\n',
    "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));\n",
  ],
];

describeRuleCases('CWE-346 CORS origin reflection', CASES);

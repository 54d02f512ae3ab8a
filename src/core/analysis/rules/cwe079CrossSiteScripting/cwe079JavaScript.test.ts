// CWE-79 cross-site scripting (JavaScript rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'js-dom-html-sink',
    'javascript',
    'function f(el, s) { el.innerHTML = s; }\n',
    'function f(el, s) { el.textContent = s; }\n',
  ],
  [
    'koa-body-xss',
    'javascript',
    "router.get('/greet', (ctx) => {\n  ctx.body = `<p>Hello ${ctx.query.name}</p>`;\n});\n",
    "router.get('/greet', (ctx) => {\n  ctx.body = `<p>Hello ${escapeHtml(ctx.query.name)}</p>`;\n});\n",
  ],
  [
    'koa-body-xss',
    'typescript',
    "router.post('/note', async (ctx: Context) => {\n  const note = ctx.request.body.text;\n  ctx.body = '<div>' + note + '</div>';\n});\n",
    "router.post('/note', async (ctx: Context) => {\n  const note = ctx.request.body.text;\n  ctx.body = { note };\n});\n",
  ],
];

describeRuleCases('CWE-79 cross-site scripting (JavaScript rules)', CASES);

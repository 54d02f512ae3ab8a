// CWE-79 cross-site scripting (JavaScript rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const CASES: RuleCase[] = [
  [
    'jsx-dangerously-set-inner-html',
    'javascript',
    'function Bio({ html }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />;\n}\n',
    'function Bio({ html }) {\n  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;\n}\n',
    { name: 'JSX attribute; sanitised in place' },
  ],
  [
    'jsx-dangerously-set-inner-html',
    'typescript',
    "function bio(html: string) {\n  return React.createElement('div', { dangerouslySetInnerHTML: { __html: html } });\n}\n",
    "function bio(html: string) {\n  const clean = DOMPurify.sanitize(html);\n  return React.createElement('div', { dangerouslySetInnerHTML: { __html: clean } });\n}\n",
    { name: 'createElement props; a local holding the sanitised value' },
  ],
  [
    'js-dom-html-sink',
    'typescript',
    'function addRow(list: HTMLElement, name: string): void {\n  list.innerHTML += `<li>${name}</li>`;\n}\n',
    "function addRow(list: HTMLElement, name: string): void {\n  const li = document.createElement('li');\n  li.textContent = name;\n  list.append(li);\n}\n",
    { name: 'innerHTML +=' },
  ],
  [
    'js-dom-html-sink',
    'javascript',
    "function show(el, reply) {\n  const html = '<b>' + reply.message + '</b>';\n  el.innerHTML = html;\n}\n",
    "function tick(el, since) {\n  const minutes = Math.floor((Date.now() - since) / 60000);\n  el.innerHTML = '<span class=\"age\">' + minutes + 'm</span>';\n}\nfunction copyLabel(target, option) {\n  target.innerHTML = option.innerHTML;\n}\nfunction bump(el, count) {\n  const at = el.innerHTML.indexOf('(');\n  el.innerHTML = el.innerHTML.substring(0, at) + `(${count.toFixed(0)})`;\n}\nfunction clock(el, m) {\n  var min = parseInt(m[1], 10), sec = parseInt(m[2], 10);\n  el.innerHTML = el.innerHTML.substr(0, m.index) + min.toString() + 'm ' + sec.toString() + 's' + el.innerHTML.substr(m.index + m[0].length);\n}\n",
    { name: 'a reply spliced into markup; numbers, and markup already in the document' },
  ],
  [
    'js-reflected-xss',
    'javascript',
    "fastify.get('/hi', async (request, reply) => {\n  reply.type('text/html').send(`<p>${request.query.name}</p>`);\n});\n",
    "fastify.get('/hi', async (request, reply) => {\n  reply.send(`Hello ${request.query.name}`);\n});\n",
    { name: 'Fastify reply typed as HTML' },
  ],
  [
    'js-reflected-xss',
    'javascript',
    "const params = new URLSearchParams(location.search);\n$('#greeting').html('Hi ' + params.get('name'));\n",
    "const params = new URLSearchParams(location.search);\n$('#greeting').text('Hi ' + params.get('name'));\n",
    { name: 'jQuery html() of the query string' },
  ],
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
  [
    'js-reflected-xss',
    'javascript',
    "app.get('/tag', (req, res) => {\n  const tag = req.query.tag.replace(/[^a-z0-9-]/i, '');\n  res.send('<b>' + tag + '</b>');\n});\n",
    "app.get('/tag', (req, res) => {\n  const tag = req.query.tag.replace(/[^a-z0-9-]/gi, '');\n  res.send('<b>' + tag + '</b>');\n});\n",
    { name: 'every character outside letters, digits and dashes deleted (a replace without /g deletes one)' },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (JavaScript rules)', CASES);

// CWE-601 open redirect: each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const redirectTo = (target: string): string =>
  `from flask import request, redirect\ndef f():\n    q = request.args["q"]\n    return redirect(${target})\n`;

const checked = (check: string): string =>
  `from urllib.parse import urlparse\nfrom flask import request, redirect\ndef f():\n    target = request.args.get("next", "/")\n    parts = urlparse(target)\n${check}    return redirect(target)\n`;

const CASES: RuleCase[] = [
  [
    'open-redirect',
    'rust',
    'async fn go(req: Request<Body>) -> Response<Body> {\n    let to = req.uri().query().unwrap_or("/").trim_start_matches("to=").to_string();\n    Response::builder().status(302).header(header::LOCATION, to).body(Body::empty()).unwrap()\n}\n',
    'async fn go(req: Request<Body>) -> Response<Body> {\n    let to = req.uri().query().unwrap_or("/").trim_start_matches("to=").to_string();\n    Response::builder().status(302).header(header::CONTENT_TYPE, to).body(Body::empty()).unwrap()\n}\n',
    { name: 'hyper: a Location header from uri().query(); another header', requireCleanParse: true },
  ],
  [
    'open-redirect',
    'python',
    checked('    print(parts.path)\n'),
    checked('    if parts.netloc and parts.netloc != request.host:\n        return redirect("/")\n'),
    { name: 'a parsed URL counts when its host is compared, not when it is only parsed' },
  ],
  [
    'open-redirect',
    'python',
    checked('    if parts.path.startswith("/admin"):\n        return redirect("/")\n'),
    checked('    if urlparse(target).netloc not in ("", "example.com"):\n        return redirect("/")\n'),
    { name: 'a test of the path is no check of the host' },
  ],
  [
    'open-redirect',
    'python',
    checked('    host = parts.path\n    if host != "/":\n        return redirect("/")\n'),
    checked('    host = parts.netloc\n    if host not in ("", "example.com"):\n        return redirect("/")\n'),
    { name: 'a host part read into a local first' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('"/" + q'),
    redirectTo('"/users/" + q'),
    { name: 'a lone "/" leaves "//evil.example" open; a path segment fixes the host' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('"/%s" % q'),
    redirectTo('f"/search?q={q}"'),
    { name: 'the constant text before the first placeholder decides' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('"https://example.com" + q'),
    redirectTo('"https://example.com/" + q'),
    { name: 'a host not closed by a delimiter can be extended ("@evil.example")' },
  ],
  [
    'open-redirect',
    'python',
    redirectTo('f"{q}/done"'),
    'from flask import request, redirect\ndef f():\n    target = "/page/{}".format(request.args["q"])\n    return redirect(target)\n',
    { name: 'input in front decides the host; a local built on a fixed path does not' },
  ],
  [
    'open-redirect',
    'python',
    'from flask import request, redirect\ndef f():\n    return redirect(request.args["next"])\n',
    'from flask import request, redirect, url_for\ndef f():\n    return redirect(url_for("home"))\n',
  ],
  [
    'open-redirect',
    'javascript',
    "router.get('/out', (ctx) => {\n  ctx.redirect(ctx.query.next);\n});\n",
    "router.get('/out', (ctx) => {\n  const next = ctx.query.next;\n  if (!SAFE_PATHS.includes(next)) return ctx.redirect('/');\n  ctx.redirect(next);\n});\n",
    { name: 'Koa ctx.redirect' },
  ],
  [
    'open-redirect',
    'javascript',
    "app.get('/a/:id', (req, res) => {\n  res.redirect(302, `${req.params.id}.png`);\n});\n",
    "app.get('/a/:id', (req, res) => {\n  res.redirect(302, `/static/avatars/${req.params.id}.png`);\n});\n",
    { name: 'a template literal whose constant lead is a path on this site' },
  ],
  [
    'open-redirect',
    'typescript',
    "export async function GET(request: NextRequest) {\n  const to = request.nextUrl.searchParams.get('to') ?? '/';\n  return NextResponse.redirect(to);\n}\n",
    "export async function GET(request: NextRequest) {\n  return NextResponse.redirect(new URL('/home', request.url));\n}\n",
    { name: 'Next NextResponse.redirect' },
  ],
  [
    'open-redirect',
    'go',
    'package main\n\nfunc out(c *gin.Context) {\n\tc.Redirect(302, c.Query("next"))\n}\n',
    'package main\n\nfunc out(c *gin.Context) {\n\tc.Redirect(302, "/home")\n}\n',
    { name: 'gin c.Redirect' },
  ],
  [
    'open-redirect',
    'go',
    'package main\n\nfunc out(c echo.Context) error {\n\tnext := c.QueryParam("next")\n\treturn c.Redirect(http.StatusFound, next)\n}\n',
    'package main\n\nfunc out(c echo.Context) error {\n\tnext := c.QueryParam("next")\n\tu, err := url.Parse(next)\n\tif err != nil || u.Host != "" {\n\t\treturn c.Redirect(http.StatusFound, "/")\n\t}\n\treturn c.Redirect(http.StatusFound, next)\n}\n',
    { name: 'echo c.Redirect with a host check' },
  ],
  [
    'open-redirect',
    'go',
    'package main\n\nimport "net/http"\n\nfunc slash(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, r.URL.Path+"/", http.StatusFound)\n}\n',
    'package main\n\nimport "net/http"\n\nfunc legacy(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, cfg.BasePath+"/search?"+r.URL.RawQuery, http.StatusFound)\n}\n',
    { name: 'a path from the request; only the query from it', requireCleanParse: true },
  ],
  [
    'open-redirect',
    'go',
    'package main\n\nimport "net/http"\n\nfunc back(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, r.FormValue("to")+"?ok=1", http.StatusFound)\n}\n',
    'package main\n\nimport "net/http"\n\nfunc item(w http.ResponseWriter, r *http.Request) {\n\thttp.Redirect(w, r, "/items/"+r.FormValue("id"), http.StatusFound)\n}\n',
    { name: 'input before the query; a path under a fixed directory', requireCleanParse: true },
  ],
  [
    'js-location-assignment',
    'javascript',
    "const next = new URLSearchParams(window.location.search).get('next');\nwindow.location.href = next;\n",
    "const next = new URLSearchParams(window.location.search).get('next');\nconst target = new URL(next, location.origin);\nif (target.origin === location.origin) window.location.href = target.href;\n",
  ],
  [
    'js-location-assignment',
    'typescript',
    "const next = new URLSearchParams(location.search).get('next') ?? '/';\nlocation.href = next;\n",
    "const next = new URLSearchParams(location.search).get('next') ?? '/';\nif (next.startsWith('/') && !next.startsWith('//')) location.href = next;\n",
    { name: 'a relative-path check' },
  ],
  [
    'cs-open-redirect',
    'csharp',
    m('return Redirect(s);'),
    m('if (!Url.IsLocalUrl(s)) return Redirect("/"); return Redirect(s);'),
    { requireCleanParse: true },
  ],
  [
    'open-redirect',
    'rust',
    'async fn after_login(Query(q): Query<HashMap<String, String>>) -> Redirect {\n    let next = q.get("next").cloned().unwrap_or_default();\n    Redirect::to(&next)\n}\n',
    'async fn after_login(Query(q): Query<HashMap<String, String>>) -> Redirect {\n    let next = q.get("next").cloned().unwrap_or_default();\n    if !ALLOWED_PATHS.contains(&next.as_str()) {\n        return Redirect::to("/");\n    }\n    Redirect::to(&next)\n}\n',
    { name: 'axum Query value; an allow-list check', requireCleanParse: true },
  ],
  [
    'open-redirect',
    'rust',
    '#[get("/go")]\nasync fn go(req: HttpRequest) -> HttpResponse {\n    let target = req.query_string().to_string();\n    HttpResponse::Found().append_header((header::LOCATION, target)).finish()\n}\n',
    '#[get("/go")]\nasync fn go(req: HttpRequest) -> HttpResponse {\n    let target = req.query_string().to_string();\n    HttpResponse::Found().append_header((header::LOCATION, "/home")).finish()\n}\n',
    { name: 'actix Location header from the query string' },
  ],
  [
    'open-redirect',
    'java',
    '@Controller\nclass Back {\n  @GetMapping("/back")\n  void back(@RequestParam String to, HttpServletResponse resp) throws IOException {\n    resp.sendRedirect(to);\n  }\n}\n',
    '@Controller\nclass Back {\n  @GetMapping("/back")\n  void back(@RequestParam String to, HttpServletResponse resp) throws IOException {\n    resp.sendRedirect("/home");\n  }\n}\n',
    { name: 'a Spring @RequestParam is request data' },
  ],
  [
    'java-redirect-view-name',
    'java',
    '@Controller\nclass Out {\n  @GetMapping("/out")\n  String out(@RequestParam("next") String next) {\n    return "redirect:" + next;\n  }\n}\n',
    '@Controller\nclass Out {\n  private static final Set<String> PAGES = Set.of("/", "/bye");\n  @GetMapping("/out")\n  String out(@RequestParam("next") String next) {\n    if (!PAGES.contains(next)) {\n      return "redirect:/";\n    }\n    return "redirect:" + next;\n  }\n}\n',
    { name: 'a Spring view name; an allow-list check that exits', requireCleanParse: true },
  ],
  [
    'open-redirect',
    'java',
    '@Controller\nclass Back {\n  @GetMapping("/back")\n  ModelAndView back(@RequestParam String to) {\n    return new ModelAndView("redirect:" + to);\n  }\n}\n',
    '@Controller\nclass Back {\n  @GetMapping("/back")\n  ModelAndView back(@RequestParam String to) {\n    return new ModelAndView("redirect:/home");\n  }\n}\n',
    { name: 'a Spring ModelAndView redirect' },
  ],
];

describeRuleCases('CWE-601 open redirect', CASES);

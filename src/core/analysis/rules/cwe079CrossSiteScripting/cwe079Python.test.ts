// CWE-79 cross-site scripting (Python rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const view = (body: string): string =>
  `import html, re\nfrom django.http import HttpResponse\nfrom django.utils.html import conditional_escape\ndef show(request):\n    name = request.GET["name"]\n${body}`;

const CASES: RuleCase[] = [
  [
    'py-reflected-xss',
    'python',
    view('    shown = name.strip()\n    return HttpResponse(f"<p>{shown}</p>")\n'),
    view('    name = html.escape(name)\n    return HttpResponse(f"<p>{name}</p>")\n'),
    { name: 'a value escaped into the same local before the return' },
  ],
  [
    'py-reflected-xss',
    'python',
    view(
      '    if len(name) > 40:\n        return HttpResponse("too long")\n    return HttpResponse("<p>%s</p>" % name)\n',
    ),
    view(
      '    if not re.fullmatch(r"[A-Za-z ]{1,40}", name):\n        return HttpResponse("bad name")\n    return HttpResponse("<p>%s</p>" % name)\n',
    ),
    { name: 'a length test is no check; a pattern match whose failing branch returns is' },
  ],
  [
    'py-reflected-xss',
    'python',
    view('    return HttpResponse("<p>%s</p>" % name.title())\n'),
    view('    return HttpResponse("<p>%s</p>" % conditional_escape(name))\n'),
    { name: "Django's conditional_escape" },
  ],
  [
    'py-reflected-xss',
    'python',
    'from fastapi.responses import HTMLResponse\n@app.get("/hi")\ndef hi(name: str):\n    return HTMLResponse(content=f"<h1>Hello {name}</h1>")\n',
    'import html\nfrom fastapi.responses import HTMLResponse\n@app.get("/hi")\ndef hi(name: str):\n    return HTMLResponse(content=f"<h1>Hello {html.escape(name)}</h1>")\n',
    { name: 'a FastAPI response body given by keyword' },
  ],
  [
    'py-reflected-xss',
    'python',
    'from flask import request\n@app.route("/")\ndef f():\n    n = request.args.get("n")\n    return f"<p>{n}</p>"\n',
    'from flask import request\nfrom html import escape\n@app.route("/")\ndef f():\n    n = request.args.get("n")\n    return f"<p>{escape(n)}</p>"\n',
  ],
  [
    'py-reflected-xss',
    'python',
    'from django.http import HttpResponse\ndef hello(request, name):\n    return HttpResponse("Hello " + name)\n',
    'from django.shortcuts import render\ndef hello(request, name):\n    return render(request, "hello.html", {"name": name})\n',
    { name: "a Django view's URL capture in an HttpResponse body" },
  ],
  [
    'py-reflected-xss',
    'python',
    'from flask import request\ndef greet():\n    return "<h1>Hi " + request.args["n"] + "</h1>"\n',
    'from flask import request\ndef lookup():\n    return "value: " + request.args["n"]\n',
    { name: 'markup built from request data, with no route decorator in sight' },
  ],
  [
    'py-reflected-xss',
    'python',
    'from django.http import HttpResponse\ndef f(request):\n    n = request.GET.get("n", "")\n    return HttpResponse("<p>%s</p>" % n)\n',
    'from rest_framework.response import Response\ndef f(request):\n    return Response({"n": request.GET.get("n")})\n',
  ],
  [
    'py-reflected-xss',
    'python',
    'from django.http import HttpResponse\ndef f(request):\n    page = HttpResponse("<p>" + request.GET["n"])\n    return page\n',
    'from django.http import HttpResponseRedirect\ndef f(request):\n    page = HttpResponseRedirect("/done?n=" + request.GET["n"])\n    return page\n',
    { name: 'a response kept in a local before it is returned' },
  ],
  [
    'py-reflected-xss',
    'python',
    'def f(request):\n    return "<p>" + request.headers["X-Token"] + "</p>"\n',
    'def f(request):\n    return request.headers["X-Token"] == request.session["token"]\n',
    { name: 'a Django-style view returning a comparison returns a boolean, not markup' },
  ],
  [
    'py-reflected-xss',
    'python',
    'from fastapi import APIRouter\nfrom fastapi.responses import HTMLResponse\nrouter = APIRouter()\n\n@router.get("/hello", response_class=HTMLResponse)\ndef hello(name: str):\n    return f"<h1>Hello {name}</h1>"\n',
    'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.get("/hello")\ndef hello(name: str):\n    return f"<h1>Hello {name}</h1>"\n',
    { name: 'FastAPI returns JSON unless the route declares an HTML response class' },
  ],
  [
    'py-reflected-xss',
    'python',
    'def row_html(name, value):\n    return "<tr><td>{}</td><td>{}</td></tr>".format(name, value)\n',
    'from markupsafe import Markup\n\ndef row_html(name, value):\n    return Markup("<tr><td>{}</td><td>{}</td></tr>").format(name, value)\n',
    { name: 'str.format fills markup raw; Markup.format escapes what it fills in' },
  ],
  [
    'py-reflected-xss',
    'python',
    'from flask import Flask\n\ndef badge(label):\n    return "<span class=badge>" + label + "</span>"\n',
    'import datetime\n\ndef badge(label):\n    return "<span class=badge>" + label + "</span>"\n',
    { name: "a helper's parameter is page text in a web module, not in a library module that imports other things" },
  ],
  [
    'py-reflected-xss',
    'python',
    'from django.shortcuts import redirect\n\ndef echo(request):\n    text = request.GET["q"]\n    return "<p>Results for " + text\n',
    'from django.shortcuts import redirect\n\ndef cache_key(request):\n    text = request.GET["q"]\n    return "results:" + text\n',
    { name: 'a request-first function returns a page when the text holds markup, not a key it builds' },
  ],
  [
    'py-reflected-xss',
    'python',
    view('    slug = re.sub(r"[^\\w<>-]", "", name)\n    return HttpResponse(f"<p>{slug}</p>")\n'),
    view('    slug = re.sub(r"[^\\w-]", "", name)\n    return HttpResponse(f"<p>{slug}</p>")\n'),
    { name: 're.sub deleting every character outside word characters and dashes' },
  ],
  [
    'py-reflected-xss',
    'python',
    'from django.http import HttpResponse\n\nclass Stamp:\n    def process_response(self, request, response):\n        return HttpResponse("<p>" + request.GET["q"])\n',
    'from django.http import HttpResponse\n\nclass Stamp:\n    def process_response(self, request, response):\n        response["X-Seen"] = "1"\n        return response\n',
    { name: 'a middleware hook returns the response it was handed, not text of its own' },
  ],
  [
    'py-reflected-xss',
    'python',
    'from django.contrib.auth import get_user_model\n\nclass Backend:\n    def authenticate(self, request, username=None):\n        return "<b>" + username + "</b>"\n',
    'from django.contrib.auth import get_user_model\n\nclass Backend:\n    def authenticate(self, request, username=None):\n        user = get_user_model().objects.get(username=username)\n        return user\n',
    { name: 'a request-first hook returning an object it looked up (a user, a queryset) serves no page' },
  ],
  [
    'py-reflected-xss',
    'python',
    'from twisted.web.resource import Resource\n\nclass Echo(Resource):\n    def render_GET(self, request):\n        return request.args[b"q"][0]\n',
    'from twisted.web.resource import Resource\n\nclass Echo(Resource):\n    def lookup(self, request):\n        return request.args[b"q"][0]\n',
    { name: "Twisted's render_GET returns the page; another request-first method returns a value" },
  ],
  [
    'py-reflected-xss',
    'python',
    'from django.http import HttpResponse\n\ndef tag(request):\n    return HttpResponse("<i>%s</i>" % request.GET["t"])\n',
    'from rest_framework.response import Response\n\ndef tag(request):\n    label = "<i>%s</i>" % request.GET["t"]\n    return Response(label)\n',
    { name: "REST framework's Response serialises its data through the renderers" },
  ],
  [
    'py-reflected-xss',
    'python',
    'from aiohttp import web\n\nasync def hello(request):\n    return web.Response(text="<h1>" + request.query["n"] + "</h1>", content_type="text/html")\n',
    'from aiohttp import web\n\nasync def hello(request):\n    return web.Response(text="<h1>hello</h1>", content_type="text/html")\n',
    { name: "aiohttp's text= keyword is the body" },
  ],
  [
    'py-reflected-xss',
    'python',
    'from flask import request\n\n@app.route("/find")\ndef find():\n    return "Results for " + request.args["q"], 200\n',
    'from django.http import HttpResponse\n\ndef pair(request):\n    return "Results for " + request.GET["q"], 200\n',
    { name: "a Flask route's (body, status) tuple is a page; a request-first function's tuple is not" },
  ],
];

describeRuleCases('CWE-79 cross-site scripting (Python rules)', CASES);

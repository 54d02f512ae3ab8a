// CWE-918 server-side request forgery (Web rules): each rule flags its vulnerable snippet and stays silent on the safe one (our own snippets).
import { describeRuleCases, type RuleCase } from '../../ruleCasesTestKit';

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: RuleCase[] = [
  [
    'ssrf-request-url',
    'python',
    'import requests\nfrom flask import request\ndef f():\n    return requests.get(request.args["url"]).text\n',
    'import requests\nfrom flask import request\ndef f():\n    return requests.get("https://api.example.com/users/" + request.args["id"]).text\n',
  ],
  [
    'cs-ssrf',
    'csharp',
    m('return http.GetStringAsync(s);'),
    m('var u = new Uri(s); if (u.Host != "api.example.com") return null; return http.GetStringAsync(u);'),
    { requireCleanParse: true },
  ],
  [
    'ssrf-request-url',
    'java',
    '@RestController\nclass Fetch {\n  private final RestTemplate rest = new RestTemplate();\n  @GetMapping("/fetch")\n  String fetch(@RequestParam String target) {\n    return rest.getForObject(target, String.class);\n  }\n}\n',
    '@RestController\nclass Fetch {\n  private final RestTemplate rest = new RestTemplate();\n  @GetMapping("/fetch")\n  String fetch(@RequestParam String id) {\n    return rest.getForObject("https://api.example.com/items/{id}", String.class, id);\n  }\n}\n',
    { name: 'Spring RestTemplate with a request URL; a fixed host with a URI variable' },
  ],
  [
    'cs-ssrf',
    'csharp',
    'public class P : ControllerBase\n{\n    public string Get([FromQuery] string url)\n    {\n        using var s = new WebClient().OpenRead(url);\n        return new StreamReader(s).ReadToEnd();\n    }\n}\n',
    'public class P : ControllerBase\n{\n    public string Get([FromQuery] string path)\n    {\n        using var s = File.OpenRead(path);\n        return new StreamReader(s).ReadToEnd();\n    }\n}\n',
    { name: 'WebClient.OpenRead fetches; File.OpenRead opens a file' },
  ],
  [
    'ssrf-request-url',
    'python',
    'import requests\nfrom flask import request\ndef f():\n    return requests.get(url=request.args["u"], timeout=5).json()\n',
    'import requests\nfrom flask import request\nfrom .conf import settings\ndef f():\n    return requests.get(settings.SEARCH_URL, params={"q": request.args["q"]}, headers={"X-Trace": request.args["t"]}, timeout=5).json()\n',
    { name: 'the URL (positional or url=) decides the host; query parameters and headers do not' },
  ],
  [
    'ssrf-request-url',
    'python',
    'import requests\nfrom flask import request\nsession = requests.Session()\ndef f():\n    return session.get(request.args["url"], timeout=5).text\n',
    'from flask import request\nfrom sqlalchemy.orm import Session\nfrom .models import Item\ndef f(session: Session):\n    row = session.get(Item, request.args["id"])\n    session.delete(row)\n',
    { name: 'session.get of a requests session fetches; of an ORM session (no HTTP client imported) it loads a row' },
  ],
  [
    'ssrf-request-url',
    'go',
    'package proxy\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc Fetch(w http.ResponseWriter, r *http.Request) {\n\treq, _ := http.NewRequest("GET", r.Header.Get("X-Target"), nil)\n\tresp, _ := http.DefaultClient.Do(req)\n\tio.Copy(w, resp.Body)\n}\n',
    'package proxy\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc Upload(start string, body io.Reader) error {\n\tresp, err := http.Post(start, "application/octet-stream", nil)\n\tif err != nil {\n\t\treturn err\n\t}\n\treq, _ := http.NewRequest("PATCH", resp.Header.Get("Location"), body)\n\t_, err = http.DefaultClient.Do(req)\n\treturn err\n}\n',
    { name: "a URL from the client's request header, or the Location the called server answered with" },
  ],
  [
    'ssrf-request-url',
    'go',
    'package proxy\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc Relay(w http.ResponseWriter, r *http.Request) {\n\treq, _ := http.NewRequest("POST", r.FormValue("to"), r.Body)\n\thttp.DefaultClient.Do(req)\n}\n',
    'package proxy\n\nimport (\n\t"io"\n\t"net/http"\n)\n\nfunc Relay(w http.ResponseWriter, r *http.Request) {\n\treq, _ := http.NewRequest("POST", "https://backend.internal/ingest", r.Body)\n\thttp.DefaultClient.Do(req)\n}\n',
    { name: 'a URL from the form, or the request body sent to a fixed URL' },
  ],
];

describeRuleCases('CWE-918 server-side request forgery (Web rules)', CASES);

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
];

describeRuleCases('CWE-918 server-side request forgery (Web rules)', CASES);

// C# rules (issue 7): each rule flags a vulnerable snippet with its id and CWE and stays quiet on the safe idiom.
import { expectRuleSeparates } from './ruleTestKit';
import { describe, expect, it } from 'vitest';
import { RULES } from './ruleRegistry';

type Case = [rule: string, vulnerable: string, safe: string];

const m = (body: string, params = 'string s'): string =>
  `using System;\nclass A\n{\n    object F(${params})\n    {\n        ${body}\n    }\n}\n`;

const CASES: Case[] = [
  [
    'cs-process-arguments-built',
    m('var p = new ProcessStartInfo { FileName = "sh", Arguments = "-c ls " + s }; return p;'),
    m('var p = new ProcessStartInfo { FileName = "ls" }; p.ArgumentList.Add(s); return p;'),
  ],
  [
    'cs-sql-commandtext-built',
    m('cmd.CommandText = $"SELECT * FROM t WHERE n = \'{s}\'"; return cmd;'),
    m('cmd.CommandText = "SELECT * FROM t WHERE n = @n"; cmd.Parameters.AddWithValue("@n", s); return cmd;'),
  ],
  [
    'cs-dapper-sql-built',
    m('return db.Query<User>("SELECT * FROM u WHERE n = \'" + s + "\'");'),
    m('return db.Query<User>("SELECT * FROM u WHERE n = @s", new { s });'),
  ],
  [
    'cs-ldap-filter-built',
    m('searcher.Filter = "(uid=" + s + ")"; return searcher;'),
    m('searcher.Filter = "(uid=" + LdapFilter.Escape(s) + ")"; return searcher;'),
  ],
  [
    'cs-ldap-searcher-built',
    m('return new DirectorySearcher(root, $"(cn={s})");'),
    m('return new DirectorySearcher(root, "(objectClass=group)");'),
  ],
  [
    'cs-xpath-built',
    m('return doc.SelectSingleNode("//u[@n=\'" + s + "\']");'),
    m('return doc.SelectSingleNode("//u");'),
  ],
  [
    'cs-mongo-filter-built',
    m('return col.Find("{ n: \'" + s + "\' }");'),
    m('return col.Find(Builders<BsonDocument>.Filter.Eq("n", s));'),
  ],
  ['cs-script-eval', m('return CSharpScript.EvaluateAsync(s);'), m('return CSharpScript.EvaluateAsync("1 + 2");')],
  [
    'cs-log-message-built',
    m('_logger.LogInformation("user " + s); return s;'),
    m('_logger.LogInformation("user {User}", s); return s;'),
  ],
  ['cs-raw-html', m('return Html.Raw(s);'), m('return Html.Raw("<br/>");')],
  [
    'cs-html-response-built',
    m('return Response.WriteAsync($"<p>{s}</p>");'),
    m('return Response.WriteAsync($"<p>{WebUtility.HtmlEncode(s)}</p>");'),
  ],
  [
    'cs-open-redirect',
    m('return Redirect(s);'),
    m('if (!Url.IsLocalUrl(s)) return Redirect("/"); return Redirect(s);'),
  ],
  [
    'cs-ssrf',
    m('return http.GetStringAsync(s);'),
    m('var u = new Uri(s); if (u.Host != "api.example.com") return null; return http.GetStringAsync(u);'),
  ],
  [
    'cs-upload-client-name',
    m('return File.Create(Path.Combine(dir, f.FileName));', 'IFormFile f'),
    m('return File.Create(Path.Combine(dir, Path.GetRandomFileName()));', 'IFormFile f'),
  ],
  [
    'cs-path-combine-input',
    m('return File.ReadAllText(Path.Combine("/data", s));'),
    m(
      'var p = Path.GetFullPath(Path.Combine("/data/", s)); if (!p.StartsWith("/data/")) return null; return File.ReadAllText(p);',
    ),
  ],
  [
    'cs-exception-to-client',
    m('try { return Ok(); } catch (Exception e) { return BadRequest(e.Message); }'),
    m('try { return Ok(); } catch (Exception e) { _log.LogError(e, "failed"); return BadRequest("error"); }'),
  ],
  [
    'cs-cookie-not-secure',
    m('return new CookieOptions { Secure = false };'),
    m('return new CookieOptions { Secure = true };'),
  ],
  [
    'cs-cookie-no-httponly',
    m('return new CookieOptions { HttpOnly = false };'),
    m('return new CookieOptions { HttpOnly = true };'),
  ],
  [
    'cs-antiforgery-ignored',
    'class C : Controller\n{\n    [HttpPost, IgnoreAntiforgeryToken]\n    public IActionResult Save(string s) => Ok();\n}\n',
    'class C : Controller\n{\n    [HttpPost, ValidateAntiForgeryToken]\n    public IActionResult Save(string s) => Ok();\n}\n',
  ],
  [
    'cs-antiforgery-disabled',
    m('return app.MapPost("/x", () => 1).DisableAntiforgery();'),
    m('return app.MapPost("/x", () => 1);'),
  ],
  ['cs-weak-cipher', m('return DES.Create();'), m('return Aes.Create();')],
  ['cs-ecb-mode', m('aes.Mode = CipherMode.ECB; return aes;'), m('aes.Mode = CipherMode.CBC; return aes;')],
  [
    'cs-insecure-random',
    'class Tokens\n{\n    string NewToken() => new Random().Next().ToString();\n}\n',
    'class Tokens\n{\n    string NewToken() => RandomNumberGenerator.GetInt32(int.MaxValue).ToString();\n}\n',
  ],
  ['cs-short-rsa-key', m('return RSA.Create(1024);'), m('return RSA.Create(3072);')],
  [
    'cs-weak-pbkdf2',
    m('return new Rfc2898DeriveBytes(s, salt);'),
    m('return new Rfc2898DeriveBytes(s, salt, 600000, HashAlgorithmName.SHA256);'),
  ],
  [
    'cs-accept-any-certificate',
    m('h.ServerCertificateCustomValidationCallback = (a, b, c, d) => true; return h;'),
    m('h.ServerCertificateCustomValidationCallback = (a, b, c, d) => d == SslPolicyErrors.None; return h;'),
  ],
  [
    'cs-jwt-signature-unchecked',
    m('return new TokenValidationParameters { RequireSignedTokens = false };'),
    m('return new TokenValidationParameters { RequireSignedTokens = true };'),
  ],
  [
    'cs-connection-string-password',
    m('return new SqlConnection("Server=db;User Id=app;Password=hunter22;");'),
    m('return new SqlConnection(config.GetConnectionString("Main"));'),
  ],
  [
    'cs-hardcoded-secret',
    m('string apiKey = "sk_live_abcdef123456"; return apiKey;'),
    m('string apiKey = Environment.GetEnvironmentVariable("API_KEY"); return apiKey;'),
  ],
  [
    'cs-xml-dtd-parse',
    m('return new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };'),
    m('return new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };'),
  ],
  [
    'cs-xml-resolver-set',
    m('return new XmlDocument { XmlResolver = new XmlUrlResolver() };'),
    m('return new XmlDocument { XmlResolver = null };'),
  ],
  [
    'cs-json-type-name-handling',
    m('return new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };'),
    m('return new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto, SerializationBinder = binder };'),
  ],
  [
    'cs-serializer-type-resolver',
    m('return new JavaScriptSerializer(new SimpleTypeResolver());'),
    m('return new JavaScriptSerializer();'),
  ],
  [
    'cs-regex-no-timeout',
    m('return Regex.IsMatch(s, @"^(\\w+\\s?)+$");'),
    m('return Regex.IsMatch(s, @"^(\\w+\\s?)+$", RegexOptions.None, TimeSpan.FromMilliseconds(100));'),
  ],
  [
    'cs-request-size-unlimited',
    'class C : Controller\n{\n    [HttpPost, DisableRequestSizeLimit]\n    public IActionResult Up() => Ok();\n}\n',
    'class C : Controller\n{\n    [HttpPost, RequestSizeLimit(1000000)]\n    public IActionResult Up() => Ok();\n}\n',
  ],
  [
    'cs-max-body-unlimited',
    m('o.Limits.MaxRequestBodySize = null; return o;'),
    m('o.Limits.MaxRequestBodySize = 10_000_000; return o;'),
  ],
  [
    'cs-predictable-temp-file',
    m('return File.Create(Path.Combine(Path.GetTempPath(), "export.csv"));'),
    m('return new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew);'),
  ],
  [
    'cs-world-writable',
    m('File.SetUnixFileMode(s, UnixFileMode.UserRead | UnixFileMode.OtherWrite); return s;'),
    m('File.SetUnixFileMode(s, UnixFileMode.UserRead | UnixFileMode.UserWrite); return s;'),
  ],
  [
    'cs-mass-assignment',
    m('db.Entry(entity).CurrentValues.SetValues(input); return entity;', 'User input'),
    m('entity.Name = input.Name; return entity;', 'User input'),
  ],
];

describe('C# analyser rules', () => {
  it.each(CASES)('%s flags the vulnerable snippet and not the safe one', async (rule, vulnerable, safe) => {
    await expectRuleSeparates(rule, 'csharp', vulnerable, safe, { requireCleanParse: true });
  });

  it('covers every C# rule defined in the csharp*.ts rule files', () => {
    const tested = new Set(CASES.map((c) => c[0]));
    const added = RULES.filter(
      (r) =>
        r.languages.includes('csharp') &&
        r.id.startsWith('cs-') &&
        !['cs-process-start-built', 'cs-sql-built', 'cs-binary-formatter', 'cs-weak-hash'].includes(r.id),
    );
    expect(added.filter((r) => !tested.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

// C# probes for the language-coverage inventory (see Probe.ts).
import type { Probe } from './Probe';

export const CSHARP_PROBES: Probe[] = [
  {
    cwe: 'CWE-78',
    what: 'cmd.exe /c with a query value',
    code: `public class ToolsController : Controller {
  public IActionResult Ping([FromQuery] string host) {
    Process.Start("cmd.exe", "/c ping " + host);
    return Ok();
  }
}`,
  },
  {
    cwe: 'CWE-78',
    what: 'ProcessStartInfo with /bin/sh -c',
    code: `public class Runner {
  public void Run(HttpRequest request) {
    var arg = request.Query["dir"];
    var psi = new ProcessStartInfo("/bin/sh", $"-c \\"ls {arg}\\"");
    Process.Start(psi);
  }
}`,
  },
  {
    cwe: 'CWE-79',
    what: 'Html.Raw of a model value / Content with HTML',
    code: `public class GreetController : Controller {
  public IActionResult Hello(string name) {
    return Content("<h1>Hello " + name + "</h1>", "text/html");
  }
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'SqlCommand with interpolation',
    code: `public class UsersController : Controller {
  public IActionResult Find([FromQuery] string name) {
    using var conn = new SqlConnection(_cs);
    var cmd = new SqlCommand($"SELECT * FROM Users WHERE Name = '{name}'", conn);
    conn.Open();
    return Ok(cmd.ExecuteScalar());
  }
}`,
  },
  {
    cwe: 'CWE-89',
    what: 'EF Core FromSqlRaw with interpolation',
    code: `public class ProductsController : Controller {
  public IActionResult Search(string term) {
    var rows = _db.Products.FromSqlRaw("SELECT * FROM Products WHERE Name LIKE '%" + term + "%'").ToList();
    return Ok(rows);
  }
}`,
  },
  {
    cwe: 'CWE-22',
    what: 'Path.Combine with a query value',
    code: `public class FilesController : Controller {
  public IActionResult Get([FromQuery] string name) {
    var path = Path.Combine("/srv/files", name);
    return PhysicalFile(path, "application/octet-stream");
  }
}`,
  },
  {
    cwe: 'CWE-94',
    what: 'CSharpScript of input',
    code: `public class EvalController : Controller {
  public async Task<IActionResult> Calc([FromQuery] string expr) {
    var result = await CSharpScript.EvaluateAsync(expr);
    return Ok(result);
  }
}`,
  },
  {
    cwe: 'CWE-502',
    what: 'BinaryFormatter.Deserialize of the body',
    code: `public class StateController : Controller {
  public IActionResult Restore() {
    var formatter = new BinaryFormatter();
    var state = formatter.Deserialize(Request.Body);
    return Ok(state);
  }
}`,
  },
  {
    cwe: 'CWE-502',
    what: 'TypeNameHandling.All',
    code: `public class Import {
  public object Load(string json) {
    var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };
    return JsonConvert.DeserializeObject(json, settings);
  }
}`,
  },
  {
    cwe: 'CWE-611',
    what: 'XmlDocument with an XmlUrlResolver',
    code: `public class XmlImport {
  public XmlDocument Load(Stream body) {
    var doc = new XmlDocument();
    doc.XmlResolver = new XmlUrlResolver();
    doc.Load(body);
    return doc;
  }
}`,
  },
  {
    cwe: 'CWE-611',
    what: 'XmlReaderSettings DtdProcessing.Parse',
    code: `public class XmlImport2 {
  public XmlReader Open(Stream body) {
    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
    return XmlReader.Create(body, settings);
  }
}`,
  },
  {
    cwe: 'CWE-918',
    what: 'HttpClient GET of a query URL',
    code: `public class ProxyController : Controller {
  private readonly HttpClient _http = new HttpClient();
  public async Task<IActionResult> Fetch([FromQuery] string url) {
    var body = await _http.GetStringAsync(url);
    return Content(body);
  }
}`,
  },
  {
    cwe: 'CWE-601',
    what: 'Redirect(returnUrl)',
    code: `public class AccountController : Controller {
  public IActionResult Login(string returnUrl) {
    return Redirect(returnUrl);
  }
}`,
  },
  {
    cwe: 'CWE-434',
    what: 'IFormFile saved under its own name',
    code: `public class UploadController : Controller {
  public async Task<IActionResult> Upload(IFormFile file) {
    var path = Path.Combine("wwwroot/uploads", file.FileName);
    using var stream = System.IO.File.Create(path);
    await file.CopyToAsync(stream);
    return Ok();
  }
}`,
  },
  {
    cwe: 'CWE-798',
    what: 'literal connection string password',
    code: `public class Db {
  private const string ConnectionString = "Server=db;Database=app;User Id=sa;Password=Sup3rSecret!;";
  public SqlConnection Open() => new SqlConnection(ConnectionString);
}`,
  },
  {
    cwe: 'CWE-327',
    what: 'DES / TripleDES / ECB',
    code: `public class Crypt {
  public byte[] Encrypt(byte[] key, byte[] data) {
    using var des = DES.Create();
    des.Key = key;
    des.Mode = CipherMode.ECB;
    return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
  }
}`,
  },
  {
    cwe: 'CWE-328',
    what: 'MD5 of a password',
    code: `public class Passwords {
  public string HashPassword(string password) {
    using var md5 = MD5.Create();
    return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password)));
  }
}`,
  },
  {
    cwe: 'CWE-330',
    what: 'new Random() for a reset token',
    code: `public class Tokens {
  public string NewResetToken() {
    var random = new Random();
    return random.Next(100000, 999999).ToString();
  }
}`,
  },
  {
    cwe: 'CWE-295',
    what: 'certificate callback returning true',
    code: `public class Client {
  public HttpClient Make() {
    var handler = new HttpClientHandler();
    handler.ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => true;
    return new HttpClient(handler);
  }
}`,
  },
  {
    cwe: 'CWE-295',
    what: 'ServicePointManager callback returning true',
    code: `public class Legacy {
  public void Relax() {
    ServicePointManager.ServerCertificateValidationCallback = (s, c, ch, e) => true;
  }
}`,
  },
  {
    cwe: 'CWE-347',
    what: 'JWT validation without signature check',
    code: `public class Jwt {
  public ClaimsPrincipal Read(string token) {
    var p = new TokenValidationParameters { ValidateIssuerSigningKey = false, RequireSignedTokens = false };
    return new JwtSecurityTokenHandler().ValidateToken(token, p, out _);
  }
}`,
  },
  {
    cwe: 'CWE-1333',
    what: 'Regex from input without a timeout',
    code: `public class SearchController : Controller {
  public IActionResult Find([FromQuery] string pattern, [FromQuery] string text) {
    var ok = new Regex(pattern).IsMatch(text);
    return Ok(ok);
  }
}`,
  },
  {
    cwe: 'CWE-117',
    what: 'query value logged as is',
    code: `public class LoginController : Controller {
  private readonly ILogger<LoginController> _logger;
  public IActionResult Login([FromForm] string user) {
    _logger.LogInformation("Login attempt for " + user);
    return Ok();
  }
}`,
  },
  {
    cwe: 'CWE-209',
    what: 'exception text returned to the client',
    code: `public class ReportController : Controller {
  public IActionResult Get(int id) {
    try { return Ok(Build(id)); }
    catch (Exception ex) { return StatusCode(500, ex.ToString()); }
  }
}`,
  },
  {
    cwe: 'CWE-352',
    what: 'POST action with IgnoreAntiforgeryToken',
    code: `public class TransferController : Controller {
  [HttpPost]
  [IgnoreAntiforgeryToken]
  public IActionResult Send(string to, decimal amount) {
    _bank.Transfer(User.Identity.Name, to, amount);
    return Ok();
  }
}`,
  },
  {
    cwe: 'CWE-190',
    what: 'unchecked size multiplication from input',
    code: `public class BufferController : Controller {
  public IActionResult Make([FromQuery] int count) {
    var buf = new byte[count * 4096];
    return Ok(buf.Length);
  }
}`,
  },
  {
    cwe: 'CWE-643',
    what: 'XPath built from input',
    code: `public class Users {
  public XmlNode Find(XmlDocument doc, HttpRequest request) {
    var name = request.Query["name"];
    return doc.SelectSingleNode("//user[@name='" + name + "']");
  }
}`,
  },
];

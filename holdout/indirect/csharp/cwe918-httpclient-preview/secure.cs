using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc;

namespace Chat.Controllers;

[ApiController]
[Route("api/unfurl")]
public class UnfurlController : ControllerBase
{
    private readonly HttpClient _http;

    public UnfurlController(HttpClient http) => _http = http;

    private static bool IsPublic(IPAddress ip)
    {
        if (IPAddress.IsLoopback(ip) || ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal) return false;
        if (ip.AddressFamily != AddressFamily.InterNetwork) return true;
        var b = ip.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || (b[0] == 169 && b[1] == 254) || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168));
    }

    [HttpGet]
    public async Task<IActionResult> Get([FromQuery] string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            return BadRequest();
        var addresses = await Dns.GetHostAddressesAsync(uri.Host);
        if (addresses.Length == 0 || !addresses.All(IsPublic))
            return BadRequest();
        var html = await _http.GetStringAsync(uri);
        var start = html.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var end = html.IndexOf("</title>", StringComparison.OrdinalIgnoreCase);
        var title = start >= 0 && end > start ? html[(start + 7)..end] : url;
        return Ok(new { url, title });
    }
}

using Microsoft.AspNetCore.Mvc;

namespace Chat.Controllers;

[ApiController]
[Route("api/unfurl")]
public class UnfurlController : ControllerBase
{
    private readonly HttpClient _http;

    public UnfurlController(HttpClient http) => _http = http;

    [HttpGet]
    public async Task<IActionResult> Get([FromQuery] string url)
    {
        var html = await _http.GetStringAsync(url);
        var start = html.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var end = html.IndexOf("</title>", StringComparison.OrdinalIgnoreCase);
        var title = start >= 0 && end > start ? html[(start + 7)..end] : url;
        return Ok(new { url, title });
    }
}

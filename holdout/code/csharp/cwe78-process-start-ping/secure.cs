using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc;

namespace Tools.Controllers;

[ApiController]
[Route("tools")]
public class NetworkController : ControllerBase
{
    [HttpPost("ping")]
    public async Task<IActionResult> Ping([FromForm] string host)
    {
        if (!IPAddress.TryParse(host, out var address))
        {
            return BadRequest("host must be an IP address");
        }
        var psi = new ProcessStartInfo("ping") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("2");
        psi.ArgumentList.Add(address.ToString());
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return Content(output, "text/plain");
    }
}

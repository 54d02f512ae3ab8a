using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Tools.Controllers;

[ApiController]
[Route("tools")]
public class NetworkController : ControllerBase
{
    [HttpPost("ping")]
    public async Task<IActionResult> Ping([FromForm] string host)
    {
        var psi = new ProcessStartInfo("/bin/sh", $"-c \"ping -c 2 {host}\"")
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return Content(output, "text/plain");
    }
}

using Microsoft.AspNetCore.Mvc;

namespace Docs.Controllers;

public class DownloadsController : Controller
{
    private readonly string _root;

    public DownloadsController(IWebHostEnvironment env)
    {
        _root = Path.GetFullPath(Path.Combine(env.ContentRootPath, "downloads")) + Path.DirectorySeparatorChar;
    }

    [HttpGet("/downloads/{*name}")]
    public IActionResult Get(string name)
    {
        var path = Path.GetFullPath(Path.Combine(_root, name));
        if (!path.StartsWith(_root, StringComparison.Ordinal) || !System.IO.File.Exists(path))
        {
            return NotFound();
        }
        return PhysicalFile(path, "application/octet-stream", Path.GetFileName(path));
    }
}

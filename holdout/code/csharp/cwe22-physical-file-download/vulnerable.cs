using Microsoft.AspNetCore.Mvc;

namespace Docs.Controllers;

public class DownloadsController : Controller
{
    private readonly string _root;

    public DownloadsController(IWebHostEnvironment env)
    {
        _root = Path.Combine(env.ContentRootPath, "downloads");
    }

    [HttpGet("/downloads/{*name}")]
    public IActionResult Get(string name)
    {
        var path = Path.Combine(_root, name);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }
        return PhysicalFile(path, "application/octet-stream", Path.GetFileName(path));
    }
}

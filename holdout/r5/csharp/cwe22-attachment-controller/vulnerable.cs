// MVC controller that returns ticket attachments stored on disk under
// AttachmentRoot/<ticketId>/<fileName>. Both values come from the route.
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("tickets/{ticketId:int}/attachments")]
public class AttachmentController : ControllerBase
{
    private const string AttachmentRoot = "/srv/helpdesk/attachments";

    [HttpGet("{fileName}")]
    public IActionResult Get(int ticketId, string fileName)
    {
        var path = Path.Combine(AttachmentRoot, ticketId.ToString(), fileName);
        if (!System.IO.File.Exists(path))
            return NotFound();
        return PhysicalFile(path, "application/octet-stream", Path.GetFileName(path));
    }

    [HttpGet]
    public IActionResult List(int ticketId)
    {
        var folder = Path.Combine(AttachmentRoot, ticketId.ToString());
        if (!Directory.Exists(folder))
            return Ok(Array.Empty<object>());
        var files = new DirectoryInfo(folder)
            .EnumerateFiles()
            .OrderBy(f => f.Name)
            .Select(f => new { name = f.Name, size = f.Length, uploaded = f.CreationTimeUtc });
        return Ok(files);
    }
}
